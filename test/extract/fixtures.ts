/**
 * @module Invented newsroom copy for the extraction tests. Every person, place and event here is
 * made up for this project; the layout mirrors what desks paste in (headline, standfirst, captioned
 * photo, quotes cued by "told", "said" and "added", an "ALSO READ" line, an agency credit and an
 * end marker).
 */

/** A wire-style story with every shape the engine must handle. */
export const HARBOUR_STORY = `Mayor admits harbour plan has ‘gaps and doubts’ after talks with Marta Okonkwo

Valdoria Mayor Tomas Brennick, meeting port authority chief Marta Okonkwo, said he accepts the harbour plan has “gaps and doubts” that need answers.

Valdoria Mayor Tomas Brennick and port authority chief Marta Okonkwo at the Eastgate pier on Monday. (Meridian photo)

Valdoria Mayor Tomas Brennick on Monday admitted that port authority chief Marta Okonkwo had “gaps and doubts” about the harbour plan but praised the authority’s “steady hand” during the talks.

Brennick made the remark when he met Okonkwo at their first meeting since the storm. The two officials met in Portavel on the sidelines of the Coastal Towns Forum (CTF) summit.

In an opening statement, Brennick told Okonkwo, “We understand your gaps and doubts about this plan. Today we will explain our position in detail.

“We have talked about this before, and we will keep talking until the pier is safe.”

He added, "We value the steady hand of the authority when it comes to the storm damage."

ALSO READ | Six weeks after the storm, Eastgate fishers return to the water

The city council said that repairs would take at least two years. Thousands of residents lost power after the storm hit the coast last month.

According to Harbour Wire, work crews are clearing debris faster than in any season on record.

“It is the hardest winter I remember,” said Okonkwo, who has led the authority since 2015. Marta also said the authority would publish its own figures.

(With input from Meridian)

— ENDS —`

/** The same story in HTML as a publisher would serve it, with metadata, navigation and a footer. */
export const HARBOUR_PAGE = `<!doctype html>
<html lang="en"><head>
<title>Mayor admits harbour plan has gaps | Valdoria Gazette</title>
<meta property="og:title" content="Mayor admits harbour plan has gaps">
<meta property="og:site_name" content="Valdoria Gazette">
<meta name="author" content="Ines Marlow">
<meta property="article:published_time" content="2031-03-04T09:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Mayor admits harbour plan has gaps","author":[{"@type":"Person","name":"Ines Marlow"},{"@type":"Person","name":"Pavel Druze"}],"datePublished":"2031-03-04T09:30:00Z"}</script>
<script>window.tracking = "<p>not content</p>"</script>
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/city">City</a> <a href="/sport">Sport</a></nav>
<article class="story">
<h1>Mayor admits harbour plan has gaps</h1>
<p class="byline">By Ines Marlow and Pavel Druze</p>
<figure><img src="https://img.example/pier.jpg"><figcaption>The Eastgate pier on Monday. Photo: Meridian</figcaption></figure>
<div class="story-body">
<p>Valdoria Mayor Tomas Brennick on Monday admitted that port authority chief Marta Okonkwo had doubts about the harbour plan, but praised the authority for its work during the storm.</p>
<p>In an opening statement, Brennick told Okonkwo, “We understand your doubts about this plan, and today we will explain our position in detail.”</p>
<p>The city council said that repairs would take at least two years, and thousands of residents lost power after the storm hit the coast last month.</p>
<p>“It is the hardest winter I remember,” said Okonkwo, who has led the authority since 2015.</p>
</div>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Fishers return</a></li><li><a href="/b">Storm costs</a></li></ul></aside>
<footer class="site-footer"><p>Copyright Valdoria Gazette. All rights reserved. Subscribe to our newsletter for more.</p></footer>
</body></html>`

/** A 1,000-word invented article, built from varied sentences (for the speed budget). */
export function longArticle(words = 1000): string {
  const sentences = [
    'The council met on Tuesday to discuss the budget for the new tram line.',
    '“We will not cut the night buses,” said Councillor Arden Vale, who chairs the transport committee.',
    'Residents of Northmoor packed the public gallery, and several spoke against the fare rise.',
    'According to the Valdoria Transit Authority, ridership has grown by a fifth since the spring.',
    'Vale told reporters, “The numbers are on our side, and the money is already set aside.”',
    'He added that the contract would be signed before the summer.',
    'Critics, including the Greenway Residents Association, said the plan ignored cyclists.',
  ]
  const out: string[] = ['Council backs tram line despite fare protests', '']
  let count = 0
  let paragraph: string[] = []
  for (let i = 0; count < words; i++) {
    const s = sentences[i % sentences.length]!
    paragraph.push(s)
    count += s.split(/\s+/).length
    if (paragraph.length === 3) (out.push(paragraph.join(' '), ''), (paragraph = []))
  }
  if (paragraph.length) out.push(paragraph.join(' '))
  return out.join('\n')
}
