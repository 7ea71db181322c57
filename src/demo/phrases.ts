/**
 * Banks of everyday marketing work, one per kind of work and language, as the people of each office
 * would write it in their tracker. `{topic}` is replaced by the campaign or stream the work is for.
 * Each bank covers distinct work so that tasks drawn for different epics of one campaign never
 * describe the same job by accident: the demo's duplicates are the planted ones.
 */

/** Cost category and a range in euros; the generator converts it to the task's currency. */
export type CostHint = readonly [category: string, minEuros: number, maxEuros: number];
export type Phrase = readonly [role: string, title: string, description: string, cost?: CostHint];

export type Language = 'en' | 'pl' | 'ru';

const designEn: Phrase[] = [
  ['designer', 'Design landing page for {topic}', 'Hero, three benefit blocks and a sign-up form; mobile first, light and dark variants.', ['production', 900, 2400]],
  ['designer', 'Create key visual for {topic}', 'One master visual that ads, emails and social posts can adapt without redrawing.', ['production', 1200, 3000]],
  ['designer', 'Adapt key visual to display ad sizes for {topic}', 'Sizes 300×250, 728×90, 160×600, 320×50 and 1080×1080; export under 150 KB each.', ['production', 500, 1400]],
  ['designer', 'Design email header and inline banners for {topic}', 'Header at 600 px wide plus two inline banners; retina exports.'],
  ['designer', 'Build slide deck template for {topic}', 'Title, agenda, section, quote and closing slides in the new layout.'],
  ['designer', 'Design social carousel for {topic}', 'Eight square frames telling the story in one swipe, with alt texts.'],
  ['designer', 'Draw icon set for the feature pages of {topic}', 'Twelve line icons on a 24 px grid matching the product UI.', ['production', 400, 900]],
  ['designer', 'Retouch product screenshots for {topic}', 'Replace test data with realistic customer data and blur personal details.'],
  ['designer', 'Lay out product one-pager PDF for {topic}', 'A4 both sides, print and screen versions.'],
  ['video-producer', 'Animate HTML5 banner for {topic}', 'Fifteen-second loop, three frames, clickTag ready for the ad server.', ['production', 600, 1500]],
  ['designer', 'Design roll-up banner for {topic}', '85×200 cm, print-ready PDF with bleed.', ['production', 200, 500]],
  ['designer', 'Make video thumbnails for {topic}', 'Consistent thumbnails for the YouTube playlist and the website.'],
];

const copyEn: Phrase[] = [
  ['copywriter', 'Write landing page copy for {topic}', 'Headline options, benefits, social proof and the call to action.'],
  ['copywriter', 'Draft subject line variants for {topic}', 'Five variants for the A/B test, each under 45 characters.'],
  ['copywriter', 'Write blog post announcing {topic}', 'Around 900 words, with two quotes from the product team.', ['agency', 300, 700]],
  ['editor', 'Proofread web pages for {topic}', 'Spelling, tone of voice and legal wording before the pages go live.'],
  ['copywriter', 'Write ad copy variants for {topic}', 'Search and social variants within each platform’s character limits.'],
  ['copywriter', 'Write FAQ for {topic}', 'Fifteen questions sales and support hear most, answered plainly.'],
  ['editor', 'Edit customer case study for {topic}', 'Tighten to 600 words and get the customer’s approval.'],
  ['copywriter', 'Write press release for {topic}', 'Embargoed release with a customer quote and boilerplate.', ['agency', 800, 2000]],
  ['editor', 'Localise copy for {topic} for UK and US audiences', 'Spelling, currency and date formats, plus idioms that do not travel.'],
  ['copywriter', 'Write explainer video script for {topic}', 'Ninety seconds, voice-over and on-screen text in two columns.'],
  ['copywriter', 'Prepare messaging framework for {topic}', 'Positioning, three pillars and proof points for every channel to reuse.'],
  ['copywriter', 'Write in-app announcement for {topic}', 'Modal and tooltip texts, with a link to the help article.'],
];

const paidMediaEn: Phrase[] = [
  ['media-buyer', 'Set up Google Ads search campaign for {topic}', 'Brand and generic ad groups, negative keywords from last year’s report.', ['media', 4000, 12000]],
  ['media-buyer', 'Build Meta Ads audiences for {topic}', 'Lookalikes from customers and website visitors of the last 90 days.', ['media', 3000, 9000]],
  ['media-buyer', 'Book LinkedIn sponsored content for {topic}', 'Job titles in marketing operations, companies over 200 employees.', ['media', 3000, 8000]],
  ['media-buyer', 'Write media plan and flighting for {topic}', 'Budget split by channel and week, with the pacing rules.'],
  ['media-buyer', 'Negotiate programmatic display deal for {topic}', 'Private marketplace deal with two business publishers.', ['media', 5000, 14000]],
  ['media-buyer', 'Set up retargeting pixels and audiences for {topic}', 'Check consent mode before any tag fires.'],
  ['analyst', 'Check weekly paid media pacing for {topic}', 'Spend against plan per channel, flag anything 10 % off.'],
  ['media-buyer', 'Launch YouTube pre-roll flight for {topic}', 'Skippable in-stream, frequency cap 3 per week.', ['media', 4000, 10000]],
  ['media-buyer', 'A/B test ad creatives for {topic}', 'Two visuals × two headlines; stop the losers after 5,000 impressions.'],
  ['media-buyer', 'Reallocate budget between channels for {topic}', 'Move spend from the weakest channel by cost per lead.'],
  ['analyst', 'Set up ad conversion tracking for {topic}', 'Server-side events for sign-ups and demo requests.'],
  ['analyst', 'Write final paid media report for {topic}', 'Spend, reach, leads and cost per lead by channel against the plan.'],
];

const emailEn: Phrase[] = [
  ['email-marketer', 'Segment customer list for {topic}', 'Active customers by plan and region; exclude anyone who opted out.'],
  ['email-marketer', 'Build email template in the ESP for {topic}', 'Modular template with dark-mode safe colours.'],
  ['email-marketer', 'Set up nurture sequence for {topic}', 'Four emails over two weeks, stop when the contact books a demo.'],
  ['email-marketer', 'Test email rendering across clients for {topic}', 'Outlook, Gmail, Apple Mail on desktop and phone.', ['tools-licences', 150, 300]],
  ['email-marketer', 'Schedule sends and throttling for {topic}', 'Stagger by time zone so every region gets it at 9:00 local.'],
  ['analyst', 'Add UTM parameters to email links for {topic}', 'Source, medium and campaign per the naming convention.'],
  ['email-marketer', 'Remove bounced contacts from the list for {topic}', 'Remove hard bounces and role addresses to protect the sender score.'],
  ['copywriter', 'Write reminder email for {topic}', 'Short reminder for contacts who opened but did not click.'],
  ['analyst', 'Analyse open and click rates for {topic}', 'By segment and device, with the lessons for the next send.'],
];

const analyticsEn: Phrase[] = [
  ['analyst', 'Build KPI dashboard for {topic}', 'Spend, leads, pipeline and cost per lead, refreshed daily.'],
  ['analyst', 'Agree attribution model for {topic}', 'Position-based model, agreed with sales operations.'],
  ['analyst', 'Pull baseline metrics before {topic}', 'Four-week baseline of traffic, sign-ups and pipeline.'],
  ['analyst', 'Run post-campaign survey for {topic}', 'Short survey to a sample of reached customers.', ['tools-licences', 200, 600]],
  ['analyst', 'Analyse funnel drop-off for {topic}', 'Where visitors leave between landing page and sign-up.'],
  ['analyst', 'Report share of voice for {topic}', 'Mentions against the three main competitors.', ['tools-licences', 300, 800]],
  ['analyst', 'Configure GA4 events for {topic}', 'Form starts, form submits and video plays.'],
  ['analyst', 'Write weekly performance summary for {topic}', 'One page for the leadership meeting every Monday.'],
];

const webinarOpsEn: Phrase[] = [
  ['marketer', 'Collect speaker bios and photos for {topic}', 'Fifty-word bios and square photos for every speaker.'],
  ['copywriter', 'Write blog teaser for {topic}', 'Short post that links to registration.'],
  ['marketer', 'Prepare poll questions for {topic}', 'Three polls to keep the audience active and qualify leads.'],
  ['marketer', 'Set up CRM campaign for leads from {topic}', 'So attendees and no-shows can be reported on separately.'],
  ['marketer', 'Hand over leads from {topic} to sales', 'Hot leads within 24 hours, with the questions they asked.'],
  ['video-producer', 'Cut short clips from the recordings of {topic}', 'Three clips under a minute for social.', ['production', 300, 700]],
  ['marketer', 'Answer open Q&A questions from {topic}', 'Reply by email to questions there was no time for.'],
  ['designer', 'Design speaker cards for {topic}', 'One card per speaker for social promotion.'],
];

const eventsEn: Phrase[] = [
  ['event-manager', 'Book booth space at {topic}', '18 m² corner booth near the main stage.', ['events', 6000, 15000]],
  ['event-manager', 'Order booth furniture and power for {topic}', 'Counter, two high tables, four stools and a 3 kW connection.', ['events', 1500, 3500]],
  ['event-manager', 'Arrange hotel rooms for booth staff at {topic}', 'Six rooms within walking distance of the venue.', ['events', 2000, 4500]],
  ['event-manager', 'Ship demo hardware to {topic}', 'Two screens and three tablets, insured both ways.', ['events', 400, 900]],
  ['marketer', 'Set up lead capture app for {topic}', 'Badge scanning with qualification questions synced to the CRM.', ['tools-licences', 300, 800]],
  ['event-manager', 'Brief booth staff for {topic}', 'Demo script, shifts and the three questions to qualify a visitor.'],
  ['event-manager', 'Order giveaways for {topic}', 'Notebooks and tote bags, recycled materials only.', ['events', 800, 2000]],
  ['event-manager', 'Organise customer dinner during {topic}', 'Twenty guests, private room, invitations through account managers.', ['events', 2000, 5000]],
  ['event-manager', 'Book team travel to {topic}', 'Flights and trains for eight people, booked through the travel desk.', ['events', 2500, 6000]],
  ['marketer', 'Follow up on leads from {topic}', 'Personal emails within three days, sorted by qualification score.'],
  ['marketer', 'Apply for a speaking slot at {topic}', 'Abstract, speaker bio and a previous talk recording.'],
  ['event-manager', 'Book AV equipment for the side session at {topic}', 'Projector, two microphones and a presenter remote.', ['events', 500, 1200]],
  ['event-manager', 'Print flyers and brochures for {topic}', '1,000 flyers and 300 brochures, delivered to the venue.', ['production', 600, 1400]],
];

const eventsRu: Phrase[] = [
  ['event-manager', 'Забронировать стенд на выставке ({topic})', 'Угловой стенд 18 м² рядом с главной сценой.', ['events', 6000, 15000]],
  ['event-manager', 'Заказать мебель и электричество для стенда ({topic})', 'Стойка, два высоких стола, четыре стула, подключение 3 кВт.', ['events', 1500, 3500]],
  ['event-manager', 'Организовать проживание команды ({topic})', 'Шесть номеров в гостинице рядом с площадкой.', ['events', 2000, 4500]],
  ['marketer', 'Подготовить раздаточные материалы ({topic})', 'Буклет о продукте и листовка с условиями для партнёров.', ['production', 600, 1400]],
  ['event-manager', 'Заказать сувенирную продукцию ({topic})', 'Блокноты и сумки из переработанных материалов.', ['events', 800, 2000]],
  ['event-manager', 'Провести инструктаж для сотрудников стенда ({topic})', 'Сценарий демо, график смен и вопросы для квалификации посетителей.'],
  ['event-manager', 'Организовать ужин с ключевыми клиентами ({topic})', 'Двадцать гостей, отдельный зал, приглашения через менеджеров.', ['events', 2000, 5000]],
  ['event-manager', 'Купить билеты для команды ({topic})', 'Перелёт и поезд для восьми человек.', ['events', 2500, 6000]],
  ['marketer', 'Обработать контакты, собранные на стенде ({topic})', 'Письма в течение трёх дней, по приоритету квалификации.'],
  ['marketer', 'Подать заявку на выступление ({topic})', 'Аннотация доклада, биография спикера и запись прошлого выступления.'],
  ['event-manager', 'Согласовать кейтеринг для встречи с партнёрами ({topic})', 'Кофе-брейк на 40 человек.', ['events', 700, 1600]],
  ['marketer', 'Подготовить отчёт по итогам участия ({topic})', 'Контакты, встречи, затраты и выводы на следующий год.'],
];

const emailRu: Phrase[] = [
  ['email-marketer', 'Сегментировать клиентскую базу ({topic})', 'Активные клиенты по тарифам и регионам, без отписавшихся.'],
  ['designer', 'Сверстать шаблон письма ({topic})', 'Адаптивный шаблон с поддержкой тёмной темы.', ['production', 400, 900]],
  ['copywriter', 'Написать тексты писем ({topic})', 'Три письма: анонс, подробности, напоминание.'],
  ['email-marketer', 'Проверить отображение писем в почтовых клиентах ({topic})', 'Outlook, Gmail, Яндекс Почта, Mail.ru на компьютере и телефоне.'],
  ['email-marketer', 'Настроить UTM-метки в письмах ({topic})', 'По принятой схеме именования кампаний.'],
  ['email-marketer', 'Запланировать отправку по часовым поясам ({topic})', 'Чтобы письмо приходило в 10:00 по местному времени.'],
  ['copywriter', 'Подготовить письмо-напоминание ({topic})', 'Для тех, кто открыл письмо, но не перешёл по ссылке.'],
  ['marketer', 'Проанализировать открытия и клики ({topic})', 'По сегментам и устройствам, с выводами для следующей волны.'],
  ['email-marketer', 'Очистить базу от неактивных адресов ({topic})', 'Удалить жёсткие отказы, чтобы не испортить репутацию отправителя.'],
  ['copywriter', 'Согласовать тексты с юридическим отделом ({topic})', 'Проверка условий, сроков и сносок.'],
];

const partnersRu: Phrase[] = [
  ['marketer', 'Подготовить презентацию для партнёров ({topic})', 'Двадцать слайдов: что меняется, для кого, с какого числа.'],
  ['marketer', 'Обновить прайс-лист для дилеров ({topic})', 'Новые цены и скидки, согласованные с отделом продаж.'],
  ['copywriter', 'Подготовить FAQ для службы поддержки ({topic})', 'Ответы на частые вопросы клиентов простым языком.'],
  ['copywriter', 'Перевести материалы на русский язык ({topic})', 'Лендинг, презентация и инструкция.', ['agency', 400, 1000]],
  ['marketer', 'Согласовать условия скидок для партнёров ({topic})', 'Партнёрские уровни и сроки действия.'],
  ['marketer', 'Обновить раздел на сайте ({topic})', 'Тексты, цены и форма заявки.'],
  ['copywriter', 'Подготовить пресс-релиз ({topic})', 'Для отраслевых СМИ, с цитатой директора.', ['agency', 500, 1200]],
  ['marketer', 'Записать обучающее видео для менеджеров ({topic})', 'Пятнадцать минут: как объяснять изменения клиентам.'],
  ['marketer', 'Собрать обратную связь от ключевых клиентов ({topic})', 'Десять коротких интервью.'],
  ['designer', 'Подготовить баннеры для партнёрского портала ({topic})', 'Три размера, русский и английский варианты.', ['production', 300, 800]],
];

const designPl: Phrase[] = [
  ['designer', 'Zaprojektować key visual ({topic})', 'Jeden główny motyw, z którego korzystają reklamy, mailing i social media.', ['production', 1200, 3000]],
  ['designer', 'Przygotować banery display w pięciu formatach ({topic})', 'Formaty 300×250, 728×90, 160×600, 320×50 i 1080×1080.', ['production', 500, 1400]],
  ['designer', 'Zaprojektować landing page ({topic})', 'Sekcja hero, korzyści i formularz; najpierw wersja mobilna.', ['production', 900, 2400]],
  ['designer', 'Przygotować grafiki do newslettera ({topic})', 'Nagłówek i dwa banery wewnątrz maila.'],
  ['designer', 'Zaprojektować ulotkę A5 ({topic})', 'Dwustronna, wersja do druku i do internetu.', ['production', 300, 700]],
  ['designer', 'Przygotować pliki do druku stoiska ({topic})', 'Ściana 3×2,5 m i lada, PDF ze spadami.', ['production', 800, 2000]],
  ['designer', 'Zaprojektować szablon prezentacji ({topic})', 'Slajd tytułowy, agenda, sekcje, cytat, zakończenie.'],
  ['video-producer', 'Przygotować animację do reklamy wideo ({topic})', 'Piętnaście sekund, wersje 16:9 i 9:16.', ['production', 800, 2200]],
  ['designer', 'Retusz zdjęć produktowych ({topic})', 'Korekta kolorów i tła, eksport do sklepu i katalogu.'],
  ['designer', 'Zaprojektować zestaw ikon ({topic})', 'Dwanaście ikon liniowych na siatce 24 px.', ['production', 400, 900]],
  ['designer', 'Przygotować pliki roll-upu do druku ({topic})', '85×200 cm, PDF ze spadami.', ['production', 200, 500]],
  ['designer', 'Zaprojektować miniatury do filmów ({topic})', 'Spójne miniatury na YouTube i stronę.'],
];

const copyPl: Phrase[] = [
  ['copywriter', 'Napisać teksty na stronę ({topic})', 'Nagłówki, korzyści i wezwanie do działania.'],
  ['editor', 'Redakcja i korekta brand booka ({topic})', 'Spójność terminów, interpunkcja, podpisy ilustracji.'],
  ['copywriter', 'Napisać artykuł na bloga ({topic})', 'Około 1000 słów, z cytatem z zespołu produktowego.', ['agency', 300, 700]],
  ['copywriter', 'Przygotować komunikat prasowy ({topic})', 'Komunikat z cytatem klienta i notką o firmie.', ['agency', 800, 2000]],
  ['copywriter', 'Napisać scenariusz filmu ({topic})', 'Dziewięćdziesiąt sekund: lektor i tekst na ekranie.'],
  ['editor', 'Opracować zasady tone of voice ({topic})', 'Jak piszemy do klientów, partnerów i kandydatów.'],
  ['editor', 'Przetłumaczyć materiały na angielski ({topic})', 'Strona, prezentacja i ulotka.', ['agency', 400, 1000]],
  ['copywriter', 'Napisać opisy produktów ({topic})', 'Krótkie i długie opisy do sklepu i katalogu.'],
  ['editor', 'Korekta materiałów drukowanych ({topic})', 'Ostatnie czytanie przed wysłaniem do drukarni.'],
  ['copywriter', 'Przygotować hasła do kampanii ({topic})', 'Dziesięć propozycji, trzy do testu z klientami.'],
];

const videoPl: Phrase[] = [
  ['video-producer', 'Nagrać wywiady z klientami ({topic})', 'Trzy wywiady po 20 minut w biurach klientów.', ['production', 1500, 4000]],
  ['video-producer', 'Montaż filmu wizerunkowego ({topic})', 'Wersja główna 2 minuty i skrót 30 sekund.', ['production', 1200, 3000]],
  ['video-producer', 'Przygotować storyboard ({topic})', 'Kadry, dialogi i muzyka do akceptacji.'],
  ['video-producer', 'Casting lektora ({topic})', 'Trzy próbki głosu po polsku i po angielsku.', ['production', 300, 800]],
  ['video-producer', 'Dzień zdjęciowy w biurze ({topic})', 'Ekipa, światło i zgody pracowników na wizerunek.', ['production', 2000, 5000]],
  ['video-producer', 'Korekcja barwna i udźwiękowienie ({topic})', 'Mastering dźwięku i gradacja kolorów.', ['production', 800, 1800]],
  ['editor', 'Napisy w trzech językach ({topic})', 'Polski, angielski i rosyjski, pliki SRT.'],
  ['video-producer', 'Przygotować wersje 15 s i 6 s do reklam ({topic})', 'Formaty 16:9, 1:1 i 9:16.'],
];

const socialPl: Phrase[] = [
  ['marketer', 'Harmonogram publikacji na LinkedIn ({topic})', 'Dwa posty tygodniowo z tematami i godzinami publikacji.'],
  ['copywriter', 'Przygotować relacje na Instagram ({topic})', 'Pięć relacji z ankietą i linkiem.'],
  ['marketer', 'Moderacja komentarzy ({topic})', 'Odpowiedzi w ciągu doby, trudne pytania do działu obsługi.'],
  ['video-producer', 'Nagrać krótkie wideo na TikTok ({topic})', 'Trzy filmy do 30 sekund.', ['production', 400, 1000]],
  ['marketer', 'Przygotować współpracę z influencerami ({topic})', 'Lista pięciu twórców, brief i umowy.', ['agency', 1500, 4000]],
  ['analyst', 'Raport zasięgów w social media ({topic})', 'Zasięg, zaangażowanie i ruch na stronę miesiąc do miesiąca.'],
  ['copywriter', 'Napisać posty na Facebook ({topic})', 'Cztery posty z grafikami od zespołu kreatywnego.'],
  ['marketer', 'Zaplanować budżet promocji postów ({topic})', 'Podział budżetu na posty i tygodnie.', ['media', 500, 1500]],
];

export const PHRASE_BANKS = {
  designEn,
  copyEn,
  paidMediaEn,
  emailEn,
  analyticsEn,
  webinarOpsEn,
  eventsEn,
  eventsRu,
  emailRu,
  partnersRu,
  designPl,
  copyPl,
  videoPl,
  socialPl,
} as const;

export type PhraseBank = keyof typeof PHRASE_BANKS;
