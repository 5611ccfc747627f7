using System.Globalization;
using System.Text;

namespace Corroborate.Benchmarks;

// Written for Corroborate; MIT. Every outlet, person, place and organisation below is invented.

/// <summary>Realistic fictional pages for the stage benchmarks: a full HTML article page, a scraped text page, and one event told by ten outlets.</summary>
public static class NewsPages
{
    private static readonly string[] Paragraphs =
    [
        "Harbour Minister Ada Quist said on Friday that 84 passengers had been rescued after the ferry Morning Gull ran aground near Tallow Point, two nautical miles south of Gullhaven, shortly before dawn.",
        "About 84 passengers and 11 crew members were brought ashore by lifeboat crews from Orrin Island and Gullhaven, the Verna Coastguard said in a statement. Nobody was seriously hurt, although six people were treated for cold at the quayside.",
        "\u201cEvery sailor did what the drills taught them,\u201d Captain Tomas Vellacott told reporters at the pier. He said the vessel had lost steering in a squall and drifted onto a sandbank as the tide turned.",
        "Coastguard Commander Zo\u00eb Ferrand said the search of the hull lasted three hours and that divers had found a gash of about 2 metres below the waterline. Salvage teams expect to refloat the ferry on the next spring tide, around April 20.",
        "The Morning Gull, built in 2004, carries up to 300 passengers on the 40-minute crossing between Gullhaven and Orrin Island. Its operator, Verna Sound Lines, said it had cancelled 14 sailings and would run a smaller vessel on the route from Saturday.",
        "Residents of Orrin Island, which relies on the ferry for deliveries, said shops were already short of fresh milk. The island council asked the ministry to fund a temporary supply boat, a request Quist said she would approve on Monday.",
        "Investigators from the Marine Accident Board arrived in Gullhaven on Friday afternoon. They will examine the steering gear and the ship's voyage recorder, and expect to publish a first report within 30 days.",
        "Vellacott, who has commanded the ferry for nine years, said he had never seen the channel so rough in April. \u201cThe tide turned just in time, or we would still be out there,\u201d he said.",
    ];

    /// <summary>A whole article page as a news site serves it: head, navigation, share widgets, a figure, teasers, footer (~8 KB).</summary>
    public static string HtmlPage()
    {
        var page = new StringBuilder();
        page.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Ferry runs aground off Tallow Point with 84 passengers aboard | Verna Courier</title>
            <meta property="article:published_time" content="2019-04-12T09:30:00Z">
            <meta property="og:site_name" content="Verna Courier">
            <link rel="stylesheet" href="/static/vc-main.css">
            <script>window.vc = window.vc || []; vc.push({section: "coast", wire: false, tags: ["ferry", "coastguard"]});</script>
            </head>
            <body>
            <nav class="top"><a href="/">Verna Courier</a> <a href="/coast">Coast</a> <a href="/business">Business</a> <a href="/weather">Weather</a> <a href="/subscribe">Subscribe from 2 euros a week</a></nav>
            <header class="masthead"><p class="brand">Verna Courier</p><p class="tagline">News for the Verna coast since 1898</p></header>
            <main>
            <article>
            <p class="kicker">Coast</p>
            <h1>Ferry runs aground off Tallow Point with 84 passengers aboard</h1>
            <p class="meta">By Lina Ostrova | April 12, 2019 9:30 am</p>
            <div class="share"><button>Share</button> <button>Tweet</button> <button>Copy link</button></div>
            <figure><img src="/img/morning-gull.jpg" alt=""><figcaption>The Morning Gull at low tide on Friday. (Photo: Matteo Grell / Verna Courier)</figcaption></figure>

            """);
        for (int i = 0; i < Paragraphs.Length; i++)
        {
            page.Append("<p>").Append(Paragraphs[i]).Append("</p>\n");
            if (i == 3)
            {
                page.Append("<div class=\"ad\"><p>Advertisement</p></div>\n");
            }
        }

        page.Append("""
            <p>(Reporting by Lina Ostrova; Editing by Jo Eldridge)</p>
            <div class="share"><button>Share</button> <button>Tweet</button> <button>Copy link</button></div>
            </article>
            <section class="newsletter"><h3>The Morning Tide</h3><p>Start your day with the stories that matter on the coast. Sign up for free.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
            <aside class="read-more"><h3>Read more</h3>
            <ul>
            <li><a href="/coast/tides">Spring tides expected along the Verna coast this weekend</a></li>
            <li><a href="/business/harbour-rents">Harbour traders face steep rent rise from autumn</a></li>
            <li><a href="/coast/lighthouse">Volunteers repaint the Tallow Point lighthouse</a></li>
            </ul></aside>
            </main>
            <footer><p>&copy; 2019 Verna Courier Media Ltd. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookie preferences</a> | <a href="/contact">Contact us</a></p></footer>
            </body>
            </html>

            """);
        return page.ToString();
    }

    /// <summary>The same article as a scraped text page: headline, dateline, furniture lines, a caption, and two teasers after it.</summary>
    public static string TextPage()
    {
        var page = new StringBuilder();
        page.Append("Ferry runs aground off Tallow Point with 84 passengers aboard\n\nFriday, April 12, 2019\n\n");
        for (int i = 0; i < Paragraphs.Length; i++)
        {
            page.Append(Paragraphs[i]).Append("\n\n");
            if (i == 2)
            {
                page.Append("3 The Morning Gull at low tide on Friday.\nNORTHGATE PHOTO AGENCY\n\n");
            }
        }

        page.Append("""
            Share this article
            Comments
            No comments yet... Be the first to share your thoughts.
            Sign up for our newsletter

            Related Articles

            Shore Times
            14 minutes ago
            - Shore Times
            Greywater Bakeries agrees to buy rival Sunloaf in regional expansion
            Greywater Bakeries, the family-owned chain that runs 62 shops across the eastern provinces, has agreed to buy its smaller rival Sunloaf for an undisclosed sum, the two companies said on Monday. The deal still needs the approval of the competition regulator.

            Gullhaven Gazette
            27 minutes ago
            - Gullhaven Gazette
            Teenager from Hollin wins national junior chess title in sudden-death playoff
            A 15-year-old from the village of Hollin has won the national junior chess championship after a tense playoff on Sunday evening, becoming the youngest winner of the title in more than two decades.

            """);
        return page.ToString();
    }

    private static readonly string[] Outlets =
        ["Verna Courier", "Shore Times", "Gullhaven Gazette", "Orrin Islander", "Coastline Daily", "Sound Herald", "Tallow Weekly", "Harbour Voice", "Channel Post", "Isle Bulletin"];

    /// <summary>
    /// One event told by ten outlets as plain-text pages: each keeps a different subset and order of the paragraphs,
    /// one is a near copy of another, one states 90 passengers instead of 84 (a conflict), one is a day late.
    /// </summary>
    public static IReadOnlyList<(string Name, string Text)> FerryStory()
    {
        var pages = new List<(string, string)>();
        for (int i = 0; i < Outlets.Length; i++)
        {
            var page = new StringBuilder();
            page.Append(i % 2 == 0 ? "Ferry runs aground off Tallow Point" : "Lifeboats bring 84 ashore after ferry grounding").Append("\n\n");
            page.Append("By staff | ").Append(Outlets[i]).Append('\n');
            page.Append("Published 2019-04-").Append((i == 9 ? 13 : 12).ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            for (int p = 0; p < Paragraphs.Length; p++)
            {
                int at = (p + i) % Paragraphs.Length;
                if ((at + i) % 4 == 3 && i != 1)
                {
                    continue;
                }

                string text = Paragraphs[i == 1 ? p : at];
                page.Append(i == 4 ? text.Replace("84 passengers", "90 passengers", StringComparison.Ordinal) : text).Append("\n\n");
            }

            pages.Add(($"{i:00}_{Outlets[i].Replace(' ', '_').ToLowerInvariant()}.txt", page.ToString()));
        }

        return pages;
    }
}
