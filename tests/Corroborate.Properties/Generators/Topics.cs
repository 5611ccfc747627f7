namespace Corroborate.Properties.Generators;

// Written for Corroborate; MIT. Every outlet, person, place and organisation below is invented.

/// <summary>A person as news names them: a title ("Harbour Minister"), a given and a family name.</summary>
public sealed record Person(string Title, string Given, string Family)
{
    public string Full => $"{Given} {Family}";
}

/// <summary>
/// The word pools of one fictional topic. The pools of two topics share no content word, no name and no year
/// (each topic has its own year), so documents of different topics never land in one story: the permutation
/// property relies on this, and <c>TopicsTests</c> checks it.
/// </summary>
/// <param name="Counted">Plural nouns a number can count ("passengers").</param>
/// <param name="Things">Singular nouns the story is about ("ferry").</param>
/// <param name="Done">Past participles for "had been …" / "were …" ("evacuated").</param>
/// <param name="Headlines">Headline templates; slots as in <see cref="Templates"/>.</param>
/// <param name="Quotes">Words of a quote, without quote marks or final stop.</param>
/// <param name="Cjk">A sentence in Chinese script about the topic (its own characters).</param>
/// <param name="Emoji">An emoji that fits the topic.</param>
public sealed record Topic(
    string Key,
    int Year,
    int Month,
    string[] Places,
    Person[] People,
    string Org,
    string[] Counted,
    string[] Things,
    string[] Done,
    string[] Headlines,
    string[] Quotes,
    string Cjk,
    string Emoji);

public static class Topics
{
    public static readonly Topic[] All =
    [
        new("ferry", 2019, 4,
            ["Tallow Point", "Orrin Island", "Gullhaven"],
            [new("Harbour Minister", "Ada", "Quist"), new("Captain", "Tomas", "Vellacott"), new("Coastguard Commander", "Zoë", "Ferrand")],
            "Verna Coastguard",
            ["passengers", "lifeboats", "sailors"],
            ["ferry", "hull", "lifeboat", "pier"],
            ["rescued", "winched", "ferried"],
            ["Ferry runs aground off {place} with {num} {counted} aboard", "{counted} rescued after ferry grounding near {place}"],
            ["every sailor did what the drills taught them", "the tide turned just in time"],
            "渡轮在海湾搁浅，乘客全部获救。",
            "🚢"),
        new("strike", 2020, 9,
            ["Port Calderon", "Kestrel Quay", "Dunmore Sound"],
            [new("Union Secretary", "Marisol", "Okonkwo-Brandt"), new("Port Director", "Tobias", "Renwickel"), new("Labour Mediator", "Søren", "Malkovic")],
            "Dockhands Guild",
            ["dockworkers", "cranes", "containers"],
            ["walkout", "quay", "wage", "shift"],
            ["idled", "unloaded", "stranded"],
            ["Dockworkers walk out at {place} as {num} {counted} stand idle", "Walkout halts {counted} at {place}"],
            ["our patience is not weakness", "the cranes answer for us"],
            "码头工人罢工，起重机停运。",
            "⚓"),
        new("budget", 2021, 2,
            ["Velmorra", "Harrowgate Hill", "Eastmere"],
            [new("Mayor", "Hedda", "Marlowe"), new("Councillor", "Anouk", "Drevetti"), new("Treasurer", "Piet", "Oresundby")],
            "Civic Alliance",
            ["councillors", "libraries", "euros"],
            ["budget", "levy", "library", "depot"],
            ["rejected", "amended", "tabled"],
            ["Council rejects {place} budget as {num} {counted} protest", "Budget vote splits {place} council"],
            ["books and buses are a false choice", "the arithmetic does not change"],
            "市议会否决了明年的预算。",
            "📚"),
        new("flood", 2022, 11,
            ["Lower Brannock", "Weirside", "Millbeck"],
            [new("River Warden", "Łucja", "Brennan"), new("Fire Chief", "Ivo", "Petrovan"), new("Governor", "Renée", "Oduya")],
            "Brannock Rescue Service",
            ["residents", "sandbags", "households"],
            ["levee", "river", "embankment", "pump"],
            ["evacuated", "sheltered", "relocated"],
            ["Floodwater breaches {place} levee, {num} {counted} flee", "{place} evacuates {counted} as river rises"],
            ["the water rose faster than any gauge", "we carried neighbours out on doors"],
            "河水决堤，居民连夜撤离。",
            "🌊"),
        new("orchestra", 2023, 6,
            ["Castelmar", "Sorrow Bay", "Quillan"],
            [new("Conductor", "Elías", "Dornhelm"), new("Festival Curator", "Priya", "Castellane"), new("Cellist", "Noor", "Abernethy")],
            "Castelmar Philharmonic",
            ["musicians", "tickets", "violins"],
            ["symphony", "concert", "premiere", "rehearsal"],
            ["applauded", "encored", "rehearsed"],
            ["Philharmonic premiere in {place} draws {num} {counted}", "{counted} sold out for {place} premiere"],
            ["the hall held its breath", "music belongs to everybody"],
            "交响乐团首演，座无虚席。",
            "🎻"),
        new("tunnel", 2024, 3,
            ["Ostrevik", "Kallerby Pass", "Mirrowfell"],
            [new("Rail Commissioner", "Ilse", "Brandtner"), new("Lead Engineer", "Kofi", "Ampadu-Reyes"), new("Inspector", "Mei", "Tanaka-Holm")],
            "Ostrevik Railworks",
            ["engineers", "wagons", "commuters"],
            ["tunnel", "railway", "signal", "viaduct"],
            ["inspected", "rerouted", "stalled"],
            ["Tunnel collapse near {place} strands {num} {counted}", "{counted} rerouted after {place} tunnel fault"],
            ["the mountain moved before we did", "no train moves until every bolt is checked"],
            "隧道塌方，通勤者被迫改道。",
            "🚆"),
    ];

    /// <summary>Fictional outlets; each topic takes its outlets from its own slice so topics share no outlet name.</summary>
    public static readonly string[] Outlets =
    [
        "Verna Courier", "Shore Times", "Gullhaven Gazette",
        "Calder Ledger", "Harbourline News", "Quay Dispatch",
        "Eastmark Herald", "Velmorra Tribune", "Mere Bulletin",
        "Brannock Examiner", "Weirside Post", "Millbeck Mercury",
        "Castelmar Chronicle", "Bay Review", "Quillan Observer",
        "Ostrevik Standard", "Pass Telegraph", "Fell Reporter",
    ];

    public static string Outlet(int topic, int choice) => Outlets[(topic * 3) + (choice % 3)];

    /// <summary>Two reporters per topic, sliced like the outlets.</summary>
    public static readonly string[] Reporters =
    [
        "Lina Ostrova", "Matteo Grell", "Ana Ruiz-Paloma", "Jo Eldridge", "Hamid Sorel", "Greta Lindqvist",
        "Oskar Bellweather", "Yusuf Carraway", "Dalia Moreno-Finch", "Pavel Ristovski", "Ines Whitcombe", "Rafe Odhiambo",
    ];

    public static string Reporter(int topic, int choice) => Reporters[(topic * 2) + (choice % 2)];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
