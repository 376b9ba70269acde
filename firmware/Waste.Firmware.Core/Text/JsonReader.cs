namespace Waste.Firmware.Core.Text;

/// <summary>
/// A small, strict JSON parser for what the cloud sends a device (twin documents, patches, commands). It never throws
/// on bad input: <see cref="Parse"/> returns null and says why in <see cref="Error"/>. Input longer than
/// <see cref="MaxLength"/> characters or nested deeper than <see cref="MaxDepth"/> is refused, so a hostile message
/// cannot exhaust the device's memory or stack.
/// </summary>
public sealed class JsonReader
{
    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxLength = 8192;

    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 8;

    private readonly string _text;
    private int _at;
    private string _error = "";

    private JsonReader(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; null with <paramref name="error"/> set when it is not one valid JSON
    /// value.</summary>
    public static JsonValue? Parse(string text, out string error)
    {
        var reader = new JsonReader(text);
        var value = reader.ParseDocument();
        error = reader._error;
        return value;
    }

    /// <summary>Parses UTF-8 bytes; invalid UTF-8 is an error like any other malformed input.</summary>
    public static JsonValue? Parse(byte[] utf8, out string error)
    {
        var text = Utf8.GetString(utf8, out var valid);
        if (!valid)
        {
            error = "not UTF-8";
            return null;
        }

        return Parse(text, out error);
    }

    private JsonValue? ParseDocument()
    {
        if (_text.Length > MaxLength)
        {
            return Fail("longer than " + MaxLength.ToString() + " characters");
        }

        var value = ParseValue(0);
        if (value == null)
        {
            return null;
        }

        SkipWhitespace();
        return _at == _text.Length ? value : Fail("text after the value");
    }

    private JsonValue? ParseValue(int depth)
    {
        SkipWhitespace();
        if (_at == _text.Length)
        {
            return Fail("unexpected end");
        }

        var c = _text[_at];
        switch (c)
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                var text = ParseString();
                return text == null ? null : JsonValue.FromString(text);
            case 't':
                return Literal("true", JsonValue.Boolean(true));
            case 'f':
                return Literal("false", JsonValue.Boolean(false));
            case 'n':
                return Literal("null", JsonValue.Null());
            default:
                return c == '-' || (c >= '0' && c <= '9') ? ParseNumber() : Fail("unexpected '" + c.ToString() + "'");
        }
    }

    private JsonValue? ParseObject(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail("nested deeper than " + MaxDepth.ToString());
        }

        _at++;
        var value = JsonValue.NewObject();
        SkipWhitespace();
        if (Peek() == '}')
        {
            _at++;
            return value;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                return Fail("member name expected");
            }

            var name = ParseString();
            if (name == null)
            {
                return null;
            }

            SkipWhitespace();
            if (Peek() != ':')
            {
                return Fail("':' expected");
            }

            _at++;
            var member = ParseValue(depth);
            if (member == null)
            {
                return null;
            }

            value.Add(name, member);
            SkipWhitespace();
            var next = Peek();
            _at++;
            if (next == '}')
            {
                return value;
            }

            if (next != ',')
            {
                return Fail("',' or '}' expected");
            }
        }
    }

    private JsonValue? ParseArray(int depth)
    {
        if (depth > MaxDepth)
        {
            return Fail("nested deeper than " + MaxDepth.ToString());
        }

        _at++;
        var value = JsonValue.NewArray();
        SkipWhitespace();
        if (Peek() == ']')
        {
            _at++;
            return value;
        }

        while (true)
        {
            var element = ParseValue(depth);
            if (element == null)
            {
                return null;
            }

            value.Add("", element);
            SkipWhitespace();
            var next = Peek();
            _at++;
            if (next == ']')
            {
                return value;
            }

            if (next != ',')
            {
                return Fail("',' or ']' expected");
            }
        }
    }

    private string? ParseString()
    {
        _at++;
        var buffer = new char[16];
        var length = 0;
        while (true)
        {
            if (_at >= _text.Length)
            {
                FailText("unterminated string");
                return null;
            }

            var c = _text[_at++];
            if (c == '"')
            {
                return new string(buffer, 0, length);
            }

            if (c < ' ')
            {
                FailText("control character in string");
                return null;
            }

            if (c == '\\')
            {
                if (_at >= _text.Length)
                {
                    FailText("unterminated escape");
                    return null;
                }

                var escape = _text[_at++];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        c = escape;
                        break;
                    case 'b':
                        c = '\b';
                        break;
                    case 'f':
                        c = '\f';
                        break;
                    case 'n':
                        c = '\n';
                        break;
                    case 'r':
                        c = '\r';
                        break;
                    case 't':
                        c = '\t';
                        break;
                    case 'u':
                        var code = 0;
                        for (var i = 0; i < 4; i++)
                        {
                            var digit = _at < _text.Length ? HexValue(_text[_at++]) : -1;
                            if (digit < 0)
                            {
                                FailText("bad \\u escape");
                                return null;
                            }

                            code = code * 16 + digit;
                        }

                        c = (char)code;
                        break;
                    default:
                        FailText("bad escape");
                        return null;
                }
            }

            if (length == buffer.Length)
            {
                var larger = new char[buffer.Length * 2];
                System.Array.Copy(buffer, larger, length);
                buffer = larger;
            }

            buffer[length++] = c;
        }
    }

    // Digits are accumulated exactly as an integer mantissa and a decimal exponent, then scaled once: the same result
    // on the device and the host, whatever the culture (double.Parse follows the host's culture).
    private JsonValue? ParseNumber()
    {
        var negative = false;
        if (_text[_at] == '-')
        {
            negative = true;
            _at++;
        }

        if (_at == _text.Length || !IsDigit(_text[_at]))
        {
            return Fail("digit expected");
        }

        if (_text[_at] == '0' && _at + 1 < _text.Length && IsDigit(_text[_at + 1]))
        {
            return Fail("leading zero");
        }

        long mantissa = 0;
        var scale = 0;
        var digits = 0;
        while (_at < _text.Length && IsDigit(_text[_at]))
        {
            AddDigit(ref mantissa, ref scale, ref digits, _text[_at++], false);
        }

        if (_at < _text.Length && _text[_at] == '.')
        {
            _at++;
            if (_at == _text.Length || !IsDigit(_text[_at]))
            {
                return Fail("digit expected after '.'");
            }

            while (_at < _text.Length && IsDigit(_text[_at]))
            {
                AddDigit(ref mantissa, ref scale, ref digits, _text[_at++], true);
            }
        }

        if (_at < _text.Length && (_text[_at] == 'e' || _text[_at] == 'E'))
        {
            _at++;
            var exponentNegative = false;
            if (_at < _text.Length && (_text[_at] == '+' || _text[_at] == '-'))
            {
                exponentNegative = _text[_at] == '-';
                _at++;
            }

            if (_at == _text.Length || !IsDigit(_text[_at]))
            {
                return Fail("digit expected in exponent");
            }

            var exponent = 0;
            while (_at < _text.Length && IsDigit(_text[_at]))
            {
                if (exponent < 10000)
                {
                    exponent = exponent * 10 + (_text[_at] - '0');
                }

                _at++;
            }

            scale += exponentNegative ? -exponent : exponent;
        }

        if (scale > 400)
        {
            return Fail("number too large");
        }

        // Powers of ten up to 1e22 are exact doubles: one multiplication or division by one of them rounds once, so
        // short decimals ("1.12") come out as the nearest double, as on the host.
        double value = mantissa;
        while (scale != 0 && value != 0 && !double.IsInfinity(value))
        {
            var step = scale > 22 ? 22 : scale < -22 ? -22 : scale;
            var power = 1.0;
            for (var i = step < 0 ? -step : step; i > 0; i--)
            {
                power *= 10;
            }

            value = step > 0 ? value * power : value / power;
            scale -= step;
        }

        if (double.IsInfinity(value))
        {
            return Fail("number too large");
        }

        return JsonValue.FromNumber(negative ? -value : value);
    }

    // Up to 18 significant digits are kept exactly; further integer digits only scale, further fraction digits drop.
    private static void AddDigit(ref long mantissa, ref int scale, ref int digits, char c, bool fraction)
    {
        if (digits < 18)
        {
            mantissa = mantissa * 10 + (c - '0');
            if (mantissa != 0)
            {
                digits++;
            }

            if (fraction)
            {
                scale--;
            }
        }
        else if (!fraction)
        {
            scale++;
        }
    }

    private JsonValue? Literal(string word, JsonValue value)
    {
        if (_at + word.Length > _text.Length || _text.Substring(_at, word.Length) != word)
        {
            return Fail("unknown literal");
        }

        _at += word.Length;
        return value;
    }

    private void SkipWhitespace()
    {
        while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\n' || _text[_at] == '\r'))
        {
            _at++;
        }
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static int HexValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private JsonValue? Fail(string why)
    {
        FailText(why);
        return null;
    }

    private void FailText(string why)
    {
        if (_error.Length == 0)
        {
            _error = why + " at " + _at.ToString();
        }
    }
}
