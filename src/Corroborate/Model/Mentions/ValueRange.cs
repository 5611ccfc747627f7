namespace Corroborate.Model;

/// <summary>A closed range of values a statement allows; <see cref="double.PositiveInfinity"/> for open-ended ("more than 479").</summary>
public readonly record struct ValueRange(double Low, double High)
{
    public static ValueRange Exactly(double value) => new(value, value);

    public bool IsExact => Low == High;

    /// <summary>Two statements agree when some value satisfies both.</summary>
    public bool Overlaps(ValueRange other) => Low <= other.High && other.Low <= High;
}
