import { isDataRow } from './flow.js';
import { perBlockRule } from './rule.js';

/**
 * Photo credits and caption labels that Readability leaves in the body as paragraphs once the
 * image itself is gone: "Photo: Jane Doe, AP", "(Image: © NASA/JPL)", "Credit...Doug Mills/The
 * New York Times", "Natalie Naccache | Bloomberg | Getty Images", a lone "Image caption".
 */
const LABELLED = /^[([]?\s*(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|graphic|video|footage|source|foto|bild|imagen)\s*(?:credit)?\s*(?::|\.{2,}|…)\s*\S.{0,160}[)\]]?$/i;
const TRAILING_CREDIT = /\((?:image|photo|picture|credit|pic)s?\s*:\s*[^()]{1,80}\)\s*$/i;
const AGENCIES = /\b(?:getty(?: images)?|ap(?: photo)?|afp|reuters|epa(?:-efe)?|shutterstock|bloomberg|alamy|istock(?:photo)?|pa(?: wire| images)?|rex(?:\/shutterstock)?|xinhua|anadolu|nurphoto|sipa|zuma|efe|dpa|ansa|press association|associated press)\b/i;
const CAPTION_LABELS = /^(?:image caption|media caption|caption|toggle caption|hide caption|image|photo|enlarge this image|image source|image copyright)$/i;
const MAX_CREDIT_WORDS = 14;

export const imageCredits = perBlockRule(
  'image-credits',
  'boilerplate',
  'Photo credits and caption labels belong to images, not to the text of the story.',
  (block, _meta, wordsOf) => {
    if ((block.type !== 'paragraph' && block.type !== 'heading') || isDataRow(block)) return false;
    const text = block.text.trim();
    if (text.length > 400) return false;
    const words = wordsOf().length;
    if (CAPTION_LABELS.test(text)) return true;
    // Reported speech is story text, whatever label it starts with.
    if (/\b(?:said|says|told)\b/i.test(text)) return false;
    if (words <= 30 && (LABELLED.test(text) || TRAILING_CREDIT.test(text))) return true;
    // "Name | Agency | Getty Images", "Name/AP": short, no sentence, and naming a picture agency.
    return words <= MAX_CREDIT_WORDS && AGENCIES.test(text) && /[|/]/.test(text) && !/[.!?]["'”’)]*$/.test(text);
  },
);
