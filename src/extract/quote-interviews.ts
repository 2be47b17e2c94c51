/**
 * @module Interviews set as question and answer: "Q: …" / "A: …" paragraphs, or paragraphs led by
 * the speakers' names ("Courier: …" / "Hale: …", "ODUYA: …" in a transcript), or bare questions
 * with their answers below in a story announced as an interview. Each answer is the interviewee's
 * direct speech; the interviewer's questions are nobody's quotes.
 */
import type { Discourse, SpeakerRef } from './quote-coref'
import type { Quote } from './types'

/** One paragraph led by a speaker label. */
interface LabelLine {
  label: string
  /** Where the paragraph starts, and where its words (after the label) start and end. */
  line: number
  start: number
  end: number
  /** The interviewer's paragraph ("Q", or a label whose paragraphs are mostly questions). */
  asks: boolean
  /** Set in capitals, as a transcript sets its speakers ("ODUYA:"). */
  caps: boolean
}

/**
 * "Q: …", "A. …", "Question: …", or a name of one to three capitalised words then a colon
 * ("Fontaine-Okoro: …", "MacKinnon: …"); in a transcript the name is in capitals ("ODUYA: …",
 * "MINISTER KRANZ: …").
 */
const LABEL =
  /^[ \t]*(?:(Q|A|Question|Answer)[ \t]*[:.]|(\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*){0,2})[ \t]*:|(\p{Lu}[\p{Lu}\p{M}'’-]+\.?(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,2})[ \t]*:)[ \t]+(?=\S)/u

/** "MINISTER KRANZ" as it reads in copy: "Minister Kranz". */
const titleCase = (caps: string) =>
  caps.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase())

/** Rubric labels that point elsewhere or annotate the story: never a speaker. */
const RUBRIC_LABELS =
  /^(?:Watch|Video|Photo|Photos|Read|Read More|More|Related|Earlier|Update|Updated|Correction|Clarification|Source|Sources|Note|Editor|Poll|Listen|See|Also|Credit|Caption)$/

/**
 * The paragraphs of `text` that form an interview: at least two labels that each lead two
 * paragraphs or more ("Q" and "A", or two names, one of them a person by `isPerson` who answers).
 * Empty when the text is not an interview (a box score's "Goals: …" lines name no one).
 */
export function interviewLines(text: string, isPerson: (label: string) => boolean): LabelLine[] {
  const lines: LabelLine[] = []
  for (let at = 0; at < text.length && lines.length < 400;) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    const m = end - at > 4 ? LABEL.exec(text.slice(at, Math.min(end, at + 60))) : null
    const label = m ? (m[1] ?? m[2] ?? titleCase(m[3]!)) : ''
    if (m && !RUBRIC_LABELS.test(label))
      lines.push({
        label: label.replace(/^Question$/, 'Q').replace(/^Answer$/, 'A'),
        line: at,
        start: at + m[0].length,
        end,
        asks: false,
        caps: m[3] !== undefined,
      })
    at = end + 1
  }
  // "Minister Kranz" is Kranz.
  const named = (label: string) => isPerson(label) || isPerson(label.replace(/^.*\s/, ''))
  const counts = new Map<string, number>()
  for (const l of lines) counts.set(l.label, (counts.get(l.label) ?? 0) + 1)
  const qa = (counts.get('Q') ?? 0) >= 2 && (counts.get('A') ?? 0) >= 2
  const asked = new Map<string, number>()
  for (const l of lines)
    if (/\?["”’]?\s*$/.test(text.slice(l.start, l.end)))
      asked.set(l.label, (asked.get(l.label) ?? 0) + 1)
  for (const l of lines)
    l.asks = l.label === 'Q' || (!qa && (asked.get(l.label) ?? 0) * 2 > counts.get(l.label)!)
  const kept = qa
    ? lines.filter((l) => l.label === 'Q' || l.label === 'A')
    : lines.filter(
        (l) =>
          l.label === 'Q' ||
          // A transcript's speaker in capitals may speak once; a name in mixed case leads two
          // paragraphs or more, or "Goals: …" would be one.
          (((counts.get(l.label) ?? 0) >= 2 || (l.caps && named(l.label))) &&
            l.label !== 'A' &&
            (l.asks || named(l.label)))
      )
  if (
    new Set(kept.map((l) => l.label)).size < 2 ||
    !kept.some((l) => !l.asks && (qa || named(l.label)))
  )
    return lines.length === 0 ? bareInterviewLines(text) : []
  // An answer runs on over the paragraphs up to the next label: "A: …" then "…" then "Q: …"; a
  // label not kept ("UNIDENTIFIED REPORTER: …") ends it too.
  for (let i = 0; i + 1 < kept.length; i++) {
    const next = lines[lines.indexOf(kept[i]!) + 1]!
    let end = next.line
    while (end > kept[i]!.end && /\s/.test(text[end - 1]!)) end--
    kept[i]!.end = end
  }
  return kept
}

/**
 * The answers of an interview as direct quotes. "A" answers belong to the person the text was
 * about before the first question; a named label to whoever the name resolves to. A label whose
 * paragraphs are mostly questions is the interviewer's.
 */
export function interviewAnswers(text: string, lines: LabelLine[], discourse: Discourse): Quote[] {
  if (lines.length === 0) return []
  const interviewee =
    discourse.lastSubject(lines[0]!.line, 3) ?? introducedBy(text, lines, discourse)
  const quotes: Quote[] = []
  for (const l of lines) {
    if (l.asks) continue
    const end = l.start + text.slice(l.start, l.end).trimEnd().length
    const speaker: SpeakerRef | null =
      l.label === 'A' ? interviewee : discourse.resolve(l.label, l.line)
    if (speaker) discourse.note(speaker, l.start)
    quotes.push({
      text: text.slice(l.start, end),
      speaker: speaker?.name ?? null,
      speakerEntity: speaker ? { type: speaker.type, index: speaker.index } : null,
      speakerMention: l.label === 'A' ? null : l.label,
      cue: ':',
      kind: 'direct',
      start: l.start,
      end,
      content: { start: l.start, end },
      confidence: speaker ? (l.label === 'A' ? 0.75 : 0.9) : 0,
    })
  }
  return quotes
}

/**
 * The interviewee when the introduction names them only as an object and goes on with a pronoun
 * ("… named Ann Roe fire chief. She spoke with the Ledger …"): whom the intro's last "she" or "he"
 * stands for.
 */
function introducedBy(text: string, lines: LabelLine[], discourse: Discourse): SpeakerRef | null {
  const from = Math.max(0, lines[0]!.line - 600)
  let last: RegExpExecArray | null = null
  const pronoun = /\b(?:She|He|she|he)\b/g
  const intro = text.slice(from, lines[0]!.line)
  for (let m = pronoun.exec(intro); m; m = pronoun.exec(intro)) last = m
  return last ? discourse.resolve(last[0], from + last.index) : null
}

/**
 * What announces an interview near the top of a story ("Q&A:", "spoke with", "we asked her");
 * "said in an interview" announces none.
 */
const INTERVIEW_CUE =
  /\b(?:Q\s*&\s*A|Q and A|spoke (?:with|to)|talked (?:with|to)|(?:we )?asked (?:him|her|them)|questions? (?:for|with)|edited for (?:length|clarity))\b/i
/** A paragraph that is one short question, with no quotation mark. */
const BARE_QUESTION = /^[^"“”«»\n]{3,200}\?$/

/**
 * An interview set with no labels, announced as one near the top: paragraphs that are a short
 * question each, with the interviewee's answer in the paragraphs after ("What's next?" / "A
 * bakery, maybe."). At least two questions, each answered; the last answer is its first paragraph.
 */
function bareInterviewLines(text: string): LabelLine[] {
  if (!INTERVIEW_CUE.test(text.slice(0, 600))) return []
  const paragraphs: { start: number; end: number; question: boolean }[] = []
  for (let at = 0; at < text.length && paragraphs.length < 400;) {
    const nl = text.indexOf('\n', at)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(at, end).trim()
    if (line !== '') {
      const start = at + text.slice(at, end).indexOf(line)
      paragraphs.push({ start, end: start + line.length, question: BARE_QUESTION.test(line) })
    }
    at = end + 1
  }
  const lines: LabelLine[] = []
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    const answer = paragraphs[i + 1]
    if (!p.question || !answer || answer.question || /^["“”«]/.test(text[answer.start]!)) continue
    lines.push({ label: 'Q', line: p.start, start: p.start, end: p.end, asks: true, caps: false })
    lines.push({
      label: 'A',
      line: answer.start,
      start: answer.start,
      end: answer.end,
      asks: false,
      caps: false,
    })
  }
  if (lines.length < 4) return []
  // An answer runs on over the paragraphs up to the next question.
  for (let i = 1; i + 1 < lines.length; i += 2) {
    let end = lines[i + 1]!.line
    while (end > lines[i]!.end && /\s/.test(text[end - 1]!)) end--
    lines[i]!.end = end
  }
  return lines
}
