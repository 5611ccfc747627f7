namespace Corroborate.Extraction;

/// <summary>
/// One named test of <see cref="LineClassifier"/>: a line for which <see cref="Matches"/> holds is <see cref="Kind"/>.
/// Rules are tried in the order of <see cref="LineRules.InOrder"/>; the first that matches decides.
/// </summary>
/// <param name="Name">What the rule recognizes, for reading the table and for tests.</param>
/// <param name="FurnitureOnly">Tried only on lines short enough to be furniture (<see cref="ExtractionOptions.FurnitureMaxChars"/>).</param>
internal sealed record LineRule(string Name, LineKind Kind, bool FurnitureOnly, Func<CandidateLine, bool> Matches);
