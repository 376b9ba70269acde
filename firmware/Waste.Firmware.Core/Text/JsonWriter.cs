namespace Waste.Firmware.Core.Text;

/// <summary>
/// A small forward-only JSON writer for device messages. nanoFramework's mscorlib has neither StringBuilder nor a
/// JSON library, so it appends UTF-8 into a growing byte array: the bytes a message is sent as, written once (a char
/// array takes two bytes a character on the device, and the text then a third copy). Nesting is tracked to place
/// commas; it does not check that the caller closes what it opens in order: the encoders that use it are few and
/// tested.
/// </summary>
public sealed class JsonWriter
{
    private const int MaxDepth = 16;

    private readonly bool[] _hasMember = new bool[MaxDepth];
    private byte[]? _buffer;
    private int _length;
    private int _depth;
    private bool _afterName;

    /// <summary>Creates a writer with room for <paramref name="initialCapacity"/> bytes before it grows.</summary>
    public JsonWriter(int initialCapacity = 256)
    {
        _buffer = new byte[initialCapacity < 16 ? 16 : initialCapacity];
    }

    private JsonWriter(byte[]? buffer) => _buffer = buffer;

    /// <summary>A writer that keeps nothing and only counts the bytes (<see cref="Length"/>): a first pass that sizes
    /// a large message's writer exactly, so that its bytes are allocated once.</summary>
    public static JsonWriter Counting() => new JsonWriter((byte[]?)null);

    /// <summary>A writer of exactly <paramref name="bytes"/> bytes, as a <see cref="Counting"/> pass measured:
    /// <see cref="ToUtf8"/> then hands over its buffer without a copy.</summary>
    public static JsonWriter Exact(int bytes) => new JsonWriter(new byte[bytes]);

    /// <summary>Number of bytes written so far.</summary>
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

    /// <summary>The JSON text written so far.</summary>
    public override string ToString() => Utf8.GetString(Written(), _length, out _);

    /// <summary>The JSON written so far, as the UTF-8 bytes it is sent as: the buffer itself when it is exactly
    /// full, else a copy.</summary>
    public byte[] ToUtf8()
    {
        var buffer = Written();
        if (_length == buffer.Length)
        {
            return buffer;
        }

        var bytes = new byte[_length];
        System.Array.Copy(buffer, bytes, _length);
        return bytes;
    }

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
                    else if (c < 0x80)
                    {
                        Append(c);
                    }
                    else
                    {
                        var code = Utf8.CodePointAt(text, ref i);
                        var length = Utf8.Length(code);
                        Reserve(length);
                        _length = _buffer == null ? _length + length : Utf8.Write(code, _buffer, _length);
                    }

                    break;
            }
        }

        Append('"');
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private byte[] Written() => _buffer ?? throw new System.InvalidOperationException("a counting writer keeps no text");

    private void AppendRaw(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Append(text[i]);
        }
    }

    // An ASCII character, the only kind the writer appends itself.
    private void Append(char c)
    {
        Reserve(1);
        if (_buffer != null)
        {
            _buffer[_length] = (byte)c;
        }

        _length++;
    }

    private void Reserve(int bytes)
    {
        if (_buffer != null && _length + bytes > _buffer.Length)
        {
            var larger = new byte[_buffer.Length * 2 + bytes];
            System.Array.Copy(_buffer, larger, _length);
            _buffer = larger;
        }
    }
}
