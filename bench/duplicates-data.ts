import type { DuplicateCandidate } from '../src/core/duplicates/candidate';
import { SeededRandom } from './seeded-random';

/**
 * Synthetic marketing tasks in English, Russian and Polish, built from phrase templates and a long tail
 * of made-up product and campaign names, so that the vocabulary has the shape of a real organisation's:
 * a few hundred common words and tens of thousands of rare ones. Deterministic for a seed.
 */
const LANGUAGES = {
  en: {
    actions: ['Book', 'Hire', 'Prepare', 'Write', 'Design', 'Translate', 'Review', 'Order', 'Plan', 'Update', 'Launch', 'Edit', 'Shoot', 'Publish'],
    deliverables: ['photographer', 'product photos', 'press release', 'landing page', 'banner set', 'newsletter', 'webinar', 'booth', 'video teaser', 'brochure', 'case study', 'social posts', 'email campaign', 'billboard', 'podcast episode', 'trade fair stand'],
    links: ['for', 'for the', 'about', 'for our'],
    periods: ['Q1', 'Q2', 'Q3', 'Q4', 'January', 'spring', 'summer', 'autumn', 'Black Friday', 'Christmas', 'back to school'],
    filler: ['we need', 'the agency', 'budget approved', 'deadline is tight', 'with the brand team', 'see brief', 'assets from last year', 'in three sizes', 'for web and print', 'coordinate with sales', 'legal must review', 'target audience is SMB', 'two rounds of feedback'],
  },
  ru: {
    actions: ['Заказать', 'Подготовить', 'Написать', 'Сделать', 'Перевести', 'Проверить', 'Запустить', 'Согласовать', 'Снять', 'Опубликовать'],
    deliverables: ['фотосессию продукта', 'пресс-релиз', 'лендинг', 'баннеры', 'рассылку', 'вебинар', 'стенд на выставке', 'видеоролик', 'буклет', 'кейс', 'посты в соцсети', 'email-кампанию', 'наружную рекламу'],
    links: ['для', 'к', 'по'],
    periods: ['первого квартала', 'весенней кампании', 'летней акции', 'Черной пятницы', 'Нового года', 'выставки в Москве'],
    filler: ['нужен подрядчик', 'бюджет согласован', 'сроки сжатые', 'с командой бренда', 'см. бриф', 'материалы прошлого года', 'в трех размерах', 'для сайта и печати', 'согласовать с продажами', 'юристы должны проверить'],
  },
  pl: {
    actions: ['Zamówić', 'Przygotować', 'Napisać', 'Zaprojektować', 'Przetłumaczyć', 'Sprawdzić', 'Uruchomić', 'Zorganizować', 'Nagrać', 'Opublikować'],
    deliverables: ['sesję zdjęciową produktu', 'informację prasową', 'stronę docelową', 'zestaw banerów', 'newsletter', 'webinar', 'stoisko targowe', 'zwiastun wideo', 'broszurę', 'studium przypadku', 'posty w mediach społecznościowych', 'kampanię mailową'],
    links: ['na', 'dla', 'do'],
    periods: ['pierwszy kwartał', 'kampanię wiosenną', 'akcję letnią', 'Black Friday', 'święta', 'targi w Poznaniu'],
    filler: ['potrzebny wykonawca', 'budżet zatwierdzony', 'krótki termin', 'z zespołem marki', 'zobacz brief', 'materiały z zeszłego roku', 'w trzech rozmiarach', 'na stronę i do druku', 'uzgodnić ze sprzedażą', 'dział prawny musi sprawdzić'],
  },
} as const;

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'vi', 'sa', 'po', 'lu', 'dre', 'xo', 'fin', 'tor', 'bel', 'gar', 'zen', 'qu', 'mar', 'tis'];

function productName(random: SeededRandom): string {
  const parts = random.integer(2, 3);
  let name = '';
  for (let part = 0; part < parts; part += 1) name += random.pick(SYLLABLES);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Text of one task: "<action> <deliverable> <link> <product> <period>" and a few sentences of filler. */
export function syntheticTaskText(random: SeededRandom, products: readonly string[]): { title: string; description: string } {
  const language = random.next() < 0.6 ? LANGUAGES.en : random.next() < 0.62 ? LANGUAGES.ru : LANGUAGES.pl;
  const product = random.pick(products);
  const title = `${random.pick(language.actions)} ${random.pick(language.deliverables)} ${random.pick(language.links)} ${product} ${random.pick(language.periods)}`;
  const sentences: string[] = [];
  const count = random.integer(2, 8);
  for (let sentence = 0; sentence < count; sentence += 1) {
    sentences.push(`${random.pick(language.filler)} ${random.chance(0.4) ? random.pick(products) : ''} ${random.chance(0.3) ? random.pick(language.deliverables) : ''}`.trim());
  }
  if (random.chance(0.05)) sentences.push(`Visual: shutterstock_${random.integer(100_000_000, 999_999_999)}`);
  return { title, description: `${sentences.join('. ')}.` };
}

/** `count` tasks over 40 projects and 12 teams, created over two years. */
export function syntheticTasks(count: number, seed: number): { tasks: DuplicateCandidate[]; products: string[] } {
  const random = new SeededRandom(seed);
  const products = Array.from({ length: 20_000 }, () => productName(random));
  const tasks: DuplicateCandidate[] = [];
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let number = 0; number < count; number += 1) {
    const { title, description } = syntheticTaskText(random, products);
    tasks.push({
      id: `T-${number}`,
      title,
      description,
      projectId: `P${random.integer(1, 40)}`,
      teamId: `team-${random.integer(1, 12)}`,
      statusCategory: random.pick(['todo', 'in_progress', 'done'] as const),
      createdAt: new Date(start + Math.floor((number / count) * 730 * 86_400_000)).toISOString(),
    });
  }
  return { tasks, products };
}
