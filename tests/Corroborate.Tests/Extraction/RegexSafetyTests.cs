using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

/// <summary>
/// Every regular expression of the engine sees text a hostile page controls, so each one runs NonBacktracking
/// (linear in its input) or is listed below with the reason it is linear anyway: a backtracking pattern with nested
/// bounded quantifiers ("© " before a run of capitals: 12.9 s for 929 bytes) cannot sneak back in. A pattern that
/// needs a lookaround or an atomic group (which NonBacktracking lacks) is reviewed and added here.
/// </summary>
public class RegexSafetyTests
{
    /// <summary>The backtracking patterns reviewed as linear: a lookaround NonBacktracking cannot run, and why the backtracking stays bounded.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        ["Corroborate.Extraction.Patterns.InlineAdvertisement()"] =
            "lookarounds of one or two characters; a start passes the lookbehind only just after a sentence mark, so each whitespace run is scanned by at most two starts, and the trailing \\s* once per literal 'Advertisement' found",
        ["Corroborate.Extraction.BoilerplateShapes.MidSentenceAdvertisement()"] =
            "lookarounds of one or two characters; a start passes the lookbehind only just after a lower-case letter (and comma), so each whitespace run is scanned by one start, and the lookahead's \\s+ once per literal word found",
        ["Corroborate.Extraction.BoilerplateShapes.TrailingDeskInitials()"] =
            "one-character lookbehind, starts only after a sentence mark; at most six groups of at most five capitals, each ending in whitespace, so a capital run cannot be split more than one way and each run of whitespace is given back at most once",
        ["Corroborate.Extraction.Patterns.InlineCaption()"] =
            "two-character lookbehind, starts only after a sentence mark and a space; the caption body is bounded ({10,300}) and holds no sentence mark, so the spans two starts scan do not overlap, and the credit words end in a space and cannot be split",
        ["Corroborate.Extraction.Patterns.TrailingPhotoCredit()"] =
            "two-character lookbehind, starts only at the start or after a sentence mark; the lazy span is bounded ({0,60}) and holds no sentence mark, so one start reaches each agency name, and the trailing \\s*$ scans once per agency name found",
        ["Corroborate.Extraction.Patterns.TrailingProvenance()"] =
            "two-character lookbehind, then a literal opening ('This article was …') and one bounded span ([^\\n]{0,300}$) with a single way to match",
        ["Corroborate.Extraction.Patterns.ReadOriginal()"] =
            "starts at the literal 'Read the original …'; at most five words, each an atomic group (one way to match) behind a negative lookahead of fixed words",
        ["Corroborate.Extraction.Patterns.DanglingLink()"] =
            "starts at a comma; every quantifier is bounded (\\s{0,3}, one optional word, \\s{1,3}) and the lookahead is one character: constant work per comma",
        ["Corroborate.Extraction.Patterns.MissingSpace()"] =
            "zero-width: a lookbehind of at most four characters and a lookahead of at most three, no quantifier beyond '?': constant work per position",
    };

    [Fact]
    public void Every_regex_of_the_engine_is_NonBacktracking_or_a_reviewed_exemption()
    {
        List<string> violations = Violations(EngineRegexes.All());

        Assert.True(violations.Count == 0, "backtracking patterns without a reviewed exemption (make them NonBacktracking, or review them and add them to Exempt with the reason they are linear):\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Every_exemption_names_a_backtracking_regex_the_engine_still_has()
    {
        Dictionary<string, Regex> backtracking = EngineRegexes.All().Where(static r => !IsNonBacktracking(r.Regex))
            .ToDictionary(static r => r.Name, static r => r.Regex, StringComparer.Ordinal);

        Assert.All(Exempt.Keys, name => Assert.True(backtracking.ContainsKey(name), $"stale exemption: {name} is gone or now NonBacktracking"));
    }

    [Fact]
    public void A_backtracking_regex_without_exemption_is_reported()
    {
        var planted = new Regex(@"^(?:[\p{Lu}][\p{L}]{0,30} ?){1,5}?\.", RegexOptions.CultureInvariant);

        Assert.Equal(["Test.Planted() [CultureInvariant]"], Violations([("Test.Planted()", planted)]));
    }

    [Fact]
    public void The_enumeration_sees_generated_lexicon_built_and_plain_field_patterns()
    {
        string[] names = [.. EngineRegexes.All().Select(static r => r.Name)];

        Assert.Contains("Corroborate.Extraction.Patterns.CopyrightHolder()", names);
        Assert.Contains("Corroborate.Extraction.BoilerplateShapes.AdSlotPattern", names);
        Assert.Contains("Corroborate.Extraction.HtmlCleaner.UnlikelyPattern", names);
        Assert.Contains("Corroborate.Corroboration.StoryBodies.PluralAfterCount", names);
        Assert.True(names.Length >= 80, $"only {names.Length} patterns found");
    }

    [Fact]
    public void The_engine_builds_regexes_only_where_the_enumeration_sees_them()
    {
        IReadOnlyList<string> hidden = EngineRegexes.BuiltOutsideStaticInitializers();

        Assert.True(hidden.Count == 0, "Regexes built where the safety test cannot see them (keep each in a static field or a [GeneratedRegex]):\n" + string.Join('\n', hidden));
    }

    // The patterns made NonBacktracking still capture what they did: NonBacktracking keeps the backtracking engine's
    // leftmost match and its lazy and greedy choices, which these cases pin.
    [Theory]
    [InlineData("\u00a9 2025 Northline Gazette. All rights reserved.", "Northline Gazette")]
    [InlineData("(c) Harbour Evening Star 2024.", "Harbour Evening Star")]
    [InlineData("Copyright 2023 Hillside Review, Inc.", "Hillside Review")]
    public void The_copyright_holder_is_still_read(string line, string holder)
    {
        Match m = Patterns.CopyrightHolder().Match(line);
        Assert.True(m.Success);
        Assert.Equal(holder, m.Groups[1].Value.Trim());
    }

    [Fact]
    public void The_other_patterns_made_NonBacktracking_still_capture_what_they_did()
    {
        Assert.Equal("Nordic Wire", Patterns.WireDateline().Match("OSLO, May 12 (Nordic Wire) \u2014 The ferry").Groups[1].Value);
        Assert.Equal("Northline Gazette", Patterns.LatestFrom().Match("For the latest from Northline Gazette, visit our site.").Groups[1].Value);
        Assert.Equal("Harbour Star", Patterns.NotEditedBy().Match("This story has not been edited by the Harbour Star staff.").Groups[1].Value);
        Assert.Equal("ar", Patterns.TrailingEllipsis().Match("The ferry returns to the har ar...").Groups[1].Value);
        Assert.Equal("4", Patterns.PhotoCounter().Match("4 Rescue crews search the riverbank").Groups[1].Value);
        Assert.DoesNotMatch(Patterns.PhotoCounter(), "4 rescue crews");
    }

    // The inputs that hung the backtracking patterns, at a size where a backtracking run would take minutes, still
    // extract; fuzz/corpus/text/ keeps them for the replay test too.
    [Fact]
    public void A_copyright_sign_before_a_run_of_capitals_still_extracts()
    {
        foreach (string capitals in new[] { new string('A', 9000), Repeat("AB ", 3000), Repeat("A-", 4500) })
        {
            string text = Fixtures.LibraryBody + "(c) " + capitals + ".\n";
            Article a = Fixtures.Single(text);

            Assert.StartsWith("The city council voted", a.Text, StringComparison.Ordinal);
            Fixtures.OffsetsAreInside(Fixtures.PlainDoc(text), a);
        }
    }

    [Fact]
    public void A_wire_dateline_or_host_note_made_of_capitals_does_not_stop_extraction()
    {
        string text = Fixtures.LibraryBody + "OSLO (" + new string('A', 9000) + "\n"
            + "This article has not been edited by " + Repeat("A.", 4500) + "\n" + Fixtures.LibraryBody;

        ExtractionResult result = Fixtures.Extract(text);

        Assert.NotEmpty(result.Articles);
        Assert.All(result.Articles, a => Assert.Null(a.Wire));
        Assert.All(result.Articles, a => Fixtures.OffsetsAreInside(Fixtures.PlainDoc(text), a));
    }

    private static List<string> Violations(IEnumerable<(string Name, Regex Regex)> regexes) =>
        [.. regexes.Where(static r => !IsNonBacktracking(r.Regex) && !Exempt.ContainsKey(r.Name)).Select(static r => $"{r.Name} [{r.Regex.Options}]")];

    private static bool IsNonBacktracking(Regex regex) => (regex.Options & RegexOptions.NonBacktracking) != 0;

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();
}
