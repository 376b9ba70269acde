namespace Waste.Firmware.Core.Text;

/// <summary>
/// A small forward-only JSON writer for device messages. nanoFramework's mscorlib has neither StringBuilder nor a
/// JSON library, so it appends into a growing char array. Nesting is tracked to place commas; it does not check that
/// the caller closes what it opens in order: the encoders that use it are few and tested.
/// </summary>
public sealed class JsonWriter
{
    private const int MaxDepth = 16;

    private readonly bool[] _hasMember = new bool[MaxDepth];
    private char[] _buffer;
    private int _length;
    private int _depth;
    private bool _afterName;

    /// <summary>Creates a writer with room for <paramref name="initialCapacity"/> characters before it grows.</summary>
    public JsonWriter(int initialCapacity = 256)
    {
        _buffer = new char[initialCapacity < 16 ? 16 : initialCapacity];
    }

    /// <summary>Number of characters written so far.</summary>
    public int Length => _length;

    /// <summary>Opens an object, as a value or as an array element.</summary>
    public JsonWriter BeginObject() => Open('{');

    /// <summary>Closes the innermost object.</summary>
    public JsonWriter EndObject() => Close('}');

    /// <summary>Opens an array, as a value or as an array element.</summary>
    public JsonWriter BeginArray() => Open('[');

    /// <summary>Closes the innermost array.</summary>
    public JsonWriter EndArray() => Close(']');

    /// <summary>Writes a member name; the next call writes its value.</summary>
    public JsonWriter Name(string name)
    {
        BeforeValue();
        AppendQuoted(name);
        Append(':');
        _afterName = true;
        return this;
    }

    /// <summary>Writes a string value, escaped.</summary>
    public JsonWriter String(string value)
    {
        BeforeValue();
        AppendQuoted(value);
        return this;
    }

    /// <summary>Writes an integer value.</summary>
    public JsonWriter Number(long value)
    {
        BeforeValue();
        AppendRaw(value.ToString());
        return this;
    }

    /// <summary>Writes a number rounded to <paramref name="decimals"/> places; NaN, infinity and what
    /// <see cref="DecimalText"/> cannot write (magnitudes from 9e18 up) are written as null, which the cloud rejects
    /// as a missing reading rather than a wrong one.</summary>
    public JsonWriter Number(double value, int decimals)
    {
        BeforeValue();
        AppendRaw(DecimalText.CanFormat(value) ? DecimalText.Format(value, decimals) : "null");
        return this;
    }

    /// <summary>Writes true or false.</summary>
    public JsonWriter Boolean(bool value)
    {
        BeforeValue();
        AppendRaw(value ? "true" : "false");
        return this;
    }

    /// <summary>Writes null.</summary>
    public JsonWriter Null()
    {
        BeforeValue();
        AppendRaw("null");
        return this;
    }

    /// <summary>Writes members that an earlier writer produced (the inside of an object, without its braces) into
    /// the open object; nothing for an empty text.</summary>
    public JsonWriter Members(string members)
    {
        if (members.Length > 0)
        {
            BeforeValue();
            AppendRaw(members);
        }

        return this;
    }

    /// <summary>The JSON text written so far.</summary>
    public override string ToString() => new string(_buffer, 0, _length);

    private JsonWriter Open(char bracket)
    {
        if (_depth == MaxDepth)
        {
            throw new System.InvalidOperationException("JSON nested too deep");
        }

        BeforeValue();
        Append(bracket);
        _hasMember[_depth++] = false;
        return this;
    }

    private JsonWriter Close(char bracket)
    {
        if (_depth == 0)
        {
            throw new System.InvalidOperationException("nothing to close");
        }

        _depth--;
        Append(bracket);
        return this;
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_depth > 0)
        {
            if (_hasMember[_depth - 1])
            {
                Append(',');
            }

            _hasMember[_depth - 1] = true;
        }
    }

    private void AppendQuoted(string text)
    {
        Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    AppendRaw("\\\"");
                    break;
                case '\\':
                    AppendRaw("\\\\");
                    break;
                case '\n':
                    AppendRaw("\\n");
                    break;
                case '\r':
                    AppendRaw("\\r");
                    break;
                case '\t':
                    AppendRaw("\\t");
                    break;
                default:
                    if (c < ' ')
                    {
                        AppendRaw("\\u00");
                        Append(HexDigit(c >> 4));
                        Append(HexDigit(c & 0xF));
                    }
                    else
                    {
                        Append(c);
                    }

                    break;
            }
        }

        Append('"');
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private void AppendRaw(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Append(text[i]);
        }
    }

    private void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            var larger = new char[_buffer.Length * 2];
            System.Array.Copy(_buffer, larger, _length);
            _buffer = larger;
        }

        _buffer[_length++] = c;
    }
}
