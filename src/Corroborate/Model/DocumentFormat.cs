namespace Corroborate.Model;

public enum DocumentFormat
{
    PlainText,
    Html,
}
