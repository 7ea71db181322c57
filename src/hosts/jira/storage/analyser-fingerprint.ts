import { createHash } from 'node:crypto';
import { DuplicateIndex, serialiseIndex } from '../../../core/duplicates';

/**
 * Tasks that exercise the duplicate engine's analysis in each language it supports: stemming, stop
 * words, lexicon concepts, trigrams, asset references and the subjects a title names (sites, files,
 * tickets, and keys and codes that are none of them).
 */
const PROBES = [
  { title: 'Book a photographer for the Q1 product photoshoot', description: 'Packshots for the web shop, see https://example.com/brief?utm=1 and shutterstock_2210345678' },
  { title: 'Заказать фотосессию продукта для весенней кампании', description: 'Нужен фотограф и баннеры для рассылки, бюджет согласован' },
  { title: 'Zamówić sesję zdjęciową produktu na kampanię wiosenną', description: 'Potrzebny fotograf, banery i newsletter; zdjęcia z zeszłego roku' },
  { title: 'Landing page and press release for the webinar launch', description: 'Legal must review; email campaign in three sizes' },
  { title: '[BRD-12] Q1-2026: fix typos in cennik_2026.pdf on www.allegro.pl, see zgłoszenia nr 4521 and bug 77', description: 'GPT-4 copy, SKU-1234, v2.53.8' },
];

let memo: string | undefined;

/**
 * A short digest of how this build's duplicate engine analyses text. A stored snapshot holds analysed
 * tasks; when the engine changes (a new stemmer or lexicon), the digest changes and the snapshot is
 * rebuilt from the stored text instead of mixing two analyses in one index.
 *
 * @example
 * analyserFingerprint() // e.g. '3f9a0c1d2e4b5a69'
 */
export function analyserFingerprint(): string {
  if (memo === undefined) {
    const index = new DuplicateIndex();
    PROBES.forEach((probe, number) => index.add({ id: `probe-${number}`, projectId: 'PROBE', statusCategory: 'todo', createdAt: '2026-01-01T00:00:00Z', ...probe }));
    memo = createHash('sha256').update(JSON.stringify(serialiseIndex(index))).digest('hex').slice(0, 16);
  }
  return memo;
}
