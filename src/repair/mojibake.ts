/**
 * Repair mojibake: UTF-8 text that was read as Windows-1252 (or Latin-1),
 * so `’` shows as `â€™` and `é` as `Ã©`.
 *
 * Each character of mojibake is one byte of the original UTF-8. The repair
 * maps characters back to Windows-1252 bytes and decodes only runs of bytes
 * that form valid UTF-8 sequences (RFC 3629: no overlongs, no surrogates,
 * nothing past U+10FFFF) and decode to an assigned, printable character.
 * Genuine `Ã` in Portuguese (`SÃO PAULO`) is followed by a letter, which is
 * no continuation byte, so it is left alone; `À` (0xC0) can never lead.
 * Text that went through the misreading twice (`Ã¢â‚¬â„¢`) is decoded
 * again while the result is still mojibake.
 *
 * Order in the pipeline: after `html-entity`, so mojibake spelled as
 * entities (`&Atilde;&copy;`) is repaired too; before `invisible-char`, whose
 * C1 controls and soft hyphens can be bytes of mojibake (`â€` + U+009D).
 * `tag-fragment` comes last, so a fragment that junk hid (`\u200B/p>`) is
 * found in the same run.
 */
import type {Rule} from '../rule.js'
import {cp1252Byte} from './cp1252.js'
import {createRepairRule, repairExample, showText, type Repair} from './repair-rule.js'

/** A character that can be the lead byte of a 2–4 byte UTF-8 sequence (0xC2–0xF4). */
const leadCharacter = /[\u00C2-\u00F4]/

/** Code points a repair must not produce: unassigned, private use, surrogates, controls. */
const unwantedCharacter = /^[\p{Cn}\p{Co}\p{Cs}\p{Cc}]$/u

/** Upper-case letter: `Â` after one is part of a word (`ROMÂNIA`), not a broken space. */
const upperCaseLetter = /^\p{Lu}$/u

/** How many times text is decoded at most: mojibake of mojibake of mojibake. */
const maxRounds = 3

/** A decoded sequence: the character and where its mojibake ends. */
interface Sequence {
  /** The decoded character. */
  readonly text: string
  /** Offset just past the sequence's last character. */
  readonly end: number
}

/**
 * Find mojibake in a line.
 *
 * @param value
 *   A block's value.
 * @returns
 *   Repairs, one per run of consecutive sequences.
 * @example
 *   findMojibakeRepairs('Itâ€™s')[0].text //=> '’'
 */
export function findMojibakeRepairs(value: string): Repair[] {
  const repairs: Repair[] = []
  if (!leadCharacter.test(value)) return repairs
  let index = 0

  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code < 0xc2 || code > 0xf4) {
      index++
      continue
    }

    let decoded = ''
    let end = index
    let sequence = readSequence(value, end)
    while (sequence) {
      decoded += sequence.text
      end = sequence.end
      sequence = readSequence(value, end)
    }

    if (end > index) {
      for (let round = 1; round < maxRounds; round++) {
        const again = decodeWhole(decoded)
        if (again === undefined) break
        decoded = again
      }
      const actual = value.slice(index, end)
      repairs.push({
        start: index,
        end,
        text: decoded,
        reason:
          'Unexpected mojibake `' + showText(actual) + '` (UTF-8 read as Windows-1252), expected `' + showText(decoded) + '`'
      })
      index = end
      continue
    }

    const broken = readBrokenSequence(value, index)
    if (broken) repairs.push(broken)
    index++
  }

  return repairs
}

/**
 * Read one UTF-8 sequence spelled as Windows-1252 characters.
 *
 * @param value
 *   The text.
 * @param start
 *   Offset of the would-be lead byte.
 * @returns
 *   The decoded character and where the sequence ends, or `undefined` when the
 *   bytes there are no valid sequence.
 */
function readSequence(value: string, start: number): Sequence | undefined {
  const lead = value.charCodeAt(start)
  if (!(lead >= 0xc2 && lead <= 0xf4)) return undefined
  const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4
  if (start + length > value.length) return undefined
  let code = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07)

  for (let offset = 1; offset < length; offset++) {
    const byte = cp1252Byte(value.charCodeAt(start + offset))
    if (byte < 0x80 || byte > 0xbf) return undefined
    // RFC 3629 section 4: the second byte's range depends on the lead, which
    // rules out overlong forms, surrogates and code points past U+10FFFF.
    if (offset === 1 && !isValidSecondByte(lead, byte)) return undefined
    code = (code << 6) | (byte & 0x3f)
  }

  const text = String.fromCodePoint(code)
  return unwantedCharacter.test(text) ? undefined : {text, end: start + length}
}

/**
 * Whether a second byte fits its lead byte (RFC 3629, `UTF8-2` to `UTF8-4`).
 *
 * @param lead
 *   The lead byte.
 * @param byte
 *   The second byte, already known to be 0x80–0xBF.
 * @returns
 *   Whether the pair can start a valid sequence.
 */
function isValidSecondByte(lead: number, byte: number): boolean {
  if (lead === 0xe0) return byte >= 0xa0
  if (lead === 0xed) return byte <= 0x9f
  if (lead === 0xf0) return byte >= 0x90
  if (lead === 0xf4) return byte <= 0x8f
  return true
}

/**
 * Decode a text that must be mojibake from end to end.
 *
 * @param text
 *   Text decoded once.
 * @returns
 *   The text decoded again, or `undefined` when any part of it is not a
 *   sequence (it is then the real text).
 */
function decodeWhole(text: string): string | undefined {
  let decoded = ''
  let index = 0
  while (index < text.length) {
    const sequence = readSequence(text, index)
    if (!sequence) return undefined
    decoded += sequence.text
    index = sequence.end
  }
  return decoded
}

/**
 * The two broken sequences common enough to repair by shape, where a byte was
 * lost on the way: `Â` before a plain space (a non-breaking space whose 0xA0
 * became a space), and `â€` before no continuation byte (a `”` whose 0x9D,
 * undefined in Windows-1252, was dropped).
 *
 * @param value
 *   The text.
 * @param start
 *   Offset of a lead character that starts no valid sequence.
 * @returns
 *   A repair, or `undefined`.
 */
function readBrokenSequence(value: string, start: number): Repair | undefined {
  const lead = value.charCodeAt(start)
  if (lead === 0xc2 && value.charCodeAt(start + 1) === 0x20) {
    // Keep `ROMÂ NIA`-like upper-case words; `100Â km`, `helloÂ world` are broken.
    if (upperCaseLetter.test(value.charAt(start - 1))) return undefined
    return {
      start,
      end: start + 1,
      text: '',
      reason: 'Unexpected mojibake `Â` before a space (a non-breaking space read as Windows-1252), expected nothing',
      confidence: 0.8
    }
  }
  if (lead === 0xe2 && value.charCodeAt(start + 1) === 0x20ac) {
    // `â€` + a byte 0x80–0xBF would have been a whole sequence: this one lost it.
    return {
      start,
      end: start + 2,
      text: '”',
      reason: 'Unexpected mojibake `â€` (a `”` read as Windows-1252, its last byte lost), expected `”`',
      confidence: 0.7
    }
  }
  return undefined
}

/** The module's patterns, for the ReDoS test. */
export const mojibakePatterns: Readonly<Record<string, RegExp>> = {leadCharacter, unwantedCharacter, upperCaseLetter}

/**
 * Unified plugin that repairs mojibake.
 */
const decruftMojibake = createRepairRule({ruleId: 'mojibake', confidence: 0.9, find: findMojibakeRepairs})

export default decruftMojibake

/** The rule record. */
export const mojibake: Rule = {
  id: 'mojibake',
  kind: 'markup',
  stage: 'repair',
  languages: ['*'],
  description:
    'UTF-8 text read as Windows-1252 (`â€™` for `’`, `Ã©` for `é`), decoded back where the bytes form valid UTF-8; real `Ã`, `Â` and `À` in words stay.',
  examples: {
    catch: [
      repairExample('Itâ€™s the first time.', 'It’s the first time.'),
      repairExample('â€œWe will leave,â€\u009d he said.', '“We will leave,” he said.'),
      repairExample('He said: â€œNo.â€ Then he left.', 'He said: “No.” Then he left.'),
      repairExample('Le cafÃ© est fermÃ© lâ€™Ã©tÃ©.', 'Le café est fermé l’été.'),
      repairExample('Die BrÃ¼cke Ã¼ber den Fluss.', 'Die Brücke über den Fluss.'),
      repairExample('A negociaÃ§Ã£o em SÃƒO PAULO.', 'A negociação em SÃO PAULO.'),
      repairExample('Price:Â\u00A0100Â â‚¬', 'Price:\u00A0100 €'),
      repairExample('2020â€“2024 â€” a decadeâ€¦', '2020–2024 — a decade…'),
      repairExample('Ä°stanbul ve Ä±ÅŸÄ±k', 'İstanbul ve ışık'),
      repairExample('ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€', 'Привет, мир'),
      repairExample('Double: Ã¢â‚¬â„¢', 'Double: ’')
    ],
    keep: [
      'SÃO PAULO – O prefeito falou.',
      'À VISTA, ÀS VEZES, JÁ, NÃO.',
      'São Paulo, Ça va, Ärger über Öl, ÉTÉ.',
      'ROMÂNIA și CÂMPINA',
      'Il a dit « non » à 20 h.',
      'Price: 3×½ cup',
      'BAGHDAD/WASHINGTON – The Iraqi government said on Friday.',
      'Привет, мир'
    ]
  },
  plugin: decruftMojibake
}
