/**
 * @module An invented newsroom for related-story tests: four subjects, a few stories each, and one
 * story filed twice. Nothing here is real-world copy.
 */
import { call, expectJson, uniqueSlug } from '../../helpers'

export interface Story {
  subject: string
  headline: string
  body: string
  section?: string
  tags?: string[]
  publishedAt?: string
}

export const STORIES: Story[] = [
  {
    subject: 'ferry',
    section: 'City',
    tags: ['Transport'],
    headline: 'Harbour ferry fleet gets electric engines',
    body: 'The harbour ferry operator Brightwater Ferries will fit electric engines to its fleet of twelve ferries. Commuters crossing the harbour each morning will ride quieter boats, the operator said, and the ferry wharf at Quayside gets new chargers.',
  },
  {
    subject: 'ferry',
    section: 'City',
    tags: ['Transport'],
    headline: 'Ferry commuters face delays at Quayside wharf',
    body: 'Harbour ferry commuters waited forty minutes at Quayside wharf after a ferry engine fault. Brightwater Ferries apologised and said the electric ferry trial continues across the harbour.',
  },
  {
    subject: 'ferry',
    section: 'City',
    headline: 'New ferry route links harbour suburbs',
    body: 'A new ferry route will link the eastern harbour suburbs with the Quayside wharf. Brightwater Ferries expects two thousand commuters a day on the harbour crossing.',
  },
  {
    subject: 'orchestra',
    section: 'Culture',
    tags: ['Music'],
    headline: 'Civic orchestra opens season with cello concerto',
    body: 'The Civic Orchestra opened its concert season with a cello concerto conducted by Marta Velloso. The orchestra played to a full concert hall, and the cello soloist received a standing ovation.',
  },
  {
    subject: 'orchestra',
    section: 'Culture',
    tags: ['Music'],
    headline: 'Orchestra musicians vote on concert hall contract',
    body: 'Musicians of the Civic Orchestra vote this week on a contract for the concert hall season. Conductor Marta Velloso urged the orchestra players to accept the concert schedule.',
  },
  {
    subject: 'orchestra',
    section: 'Culture',
    headline: 'Young cellists audition for the civic orchestra',
    body: 'Forty young cellists auditioned for the Civic Orchestra academy. Conductor Marta Velloso said the orchestra wants a cello section drawn from local concert schools.',
  },
  {
    subject: 'wheat',
    section: 'Business',
    tags: ['Farming'],
    headline: 'Wheat harvest beats forecasts on the plains',
    body: 'Farmers on the northern plains brought in a wheat harvest well above forecasts. Grain silos at the rail depot are full, and wheat prices slipped as the harvest arrived.',
  },
  {
    subject: 'wheat',
    section: 'Business',
    tags: ['Farming'],
    headline: 'Grain growers want more rail wagons for wheat',
    body: 'Grain growers asked for more rail wagons to move the record wheat harvest from the plains silos to the port. The grain cooperative said wheat was rotting at the depot.',
  },
  {
    subject: 'wheat',
    section: 'Business',
    headline: 'Wheat prices fall as silos fill',
    body: 'Wheat prices fell for a third week as grain silos filled after the plains harvest. Traders expect the grain surplus to weigh on wheat futures.',
  },
  {
    subject: 'football',
    section: 'Sport',
    tags: ['Football'],
    headline: 'Rovers striker scores twice in derby win',
    body: 'The Rovers striker scored twice as Rovers beat United in the derby. The goalkeeper saved a late penalty and the league leaders stretched their football lead.',
  },
  {
    subject: 'football',
    section: 'Sport',
    tags: ['Football'],
    headline: 'United sack manager after derby defeat',
    body: 'United sacked their manager after the derby defeat by Rovers. The football club said a new manager would lead the league campaign and the striker shortage.',
  },
  {
    subject: 'football',
    section: 'Sport',
    headline: 'League table: Rovers lead, United slide',
    body: 'Rovers lead the football league after the derby, while United slide down the table. The Rovers striker tops the scoring chart and the goalkeeper has kept five clean sheets.',
  },
]

/** One story filed twice by the wire, word for word. */
export const DUPLICATE: Story = {
  subject: 'wheat',
  section: 'Business',
  headline: 'Wheat harvest beats forecasts on the plains',
  body: STORIES[6]!.body,
}

/** Imports stories through the batch endpoint; returns their ids in order. */
export async function importStories(
  stories: Story[],
  prefix = 'rel'
): Promise<{ id: string; slug: string }[]> {
  const res = await call('POST', '/v1/articles/batch', {
    json: {
      articles: stories.map((s) => ({
        slug: uniqueSlug(prefix),
        status: 'published',
        headline: s.headline,
        body: s.body,
        section: s.section,
        tags: s.tags,
        publishedAt: s.publishedAt,
      })),
    },
  })
  const body = await expectJson(res, 200)
  return body.articles
}
