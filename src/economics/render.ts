// The owner's economics as report sections (render/sections.ts): profit and break-even, claimed
// versus confirmed, the plan, make or buy, exchange rates. Computes nothing: every figure is in the
// report already. The terminal and the Markdown report both write these sections, in the reader's
// language (ECONOMICS_TEXTS below, the shared words in render/words.ts).
import type { Language } from '../i18n/language.js';
import { dashed, numberStyle, type NumberStyle } from '../i18n/numbers.js';
import { defineTexts } from '../i18n/texts.js';
import type { Metrics, Report } from '../report.js';
import type { PlanCheck } from './types.js';
import type { Block, CellValue, Section } from '../render/document.js';
import { toned } from '../render/rows.js';
import { channelName, words } from '../render/words.js';

type Term = { term: string; meaning: string };

const ECONOMICS_TEXTS = defineTexts({
  en: {
    basisNet: 'revenue without the VAT your ledgers state',
    basisGross: 'revenue as your ledgers state it (gross)',
    profitTitle: (basis: string, margin: string) => `Profit: ${basis}, margin ${margin}`,
    vat: 'VAT',
    grossProfit: 'Gross profit',
    afterCosts: 'Profit after costs',
    breakEvenRoas: 'Break-even ROAS',
    breakEven: (margin: string, roas: string) => `Break-even ROAS here: 1 ÷ ${margin} = ${roas}.`,
    noMargin: ' No margin is configured, so the margin is taken as 100 %.',
    taxNotStated: (files: string) => ` Without tax stated (counted gross): ${files}.`,
    claimedTitle: 'Claimed by the platforms versus confirmed by your ledger',
    metaRatio: 'Meta ratio',
    ga4Ratio: 'GA4 ratio',
    googleRatio: 'Google ratio',
    attribution: (campaign: string, windows: string) => `Meta attribution for ${campaign}: ${windows}.`,
    owner: 'Owner',
    kpi: 'KPI',
    target: 'Target',
    actual: 'Actual',
    reached: 'Reached',
    budget: 'Budget',
    budgetUsed: 'Budget used',
    difference: 'Difference',
    yes: 'yes',
    no: 'no',
    onBudget: 'on budget',
    over: (amount: string) => `${amount} over`,
    under: (amount: string) => `${amount} under`,
    goal: (goal: string) => `goal ${goal}`,
    audience: (audience: string) => `audience ${audience}`,
    vanityKpi: '* a vanity KPI: attention, not sales; reaching it says nothing about money.',
    unmeasurable: (list: string) => `No input file measures: ${list}.`,
    unplanned: (list: string) => `Spent without a plan: ${list}. Add a goal, KPI, target and budget under "campaigns".`,
    planTitle: 'The plan: targets and budgets against the results',
    mobTitle: (name: string) => `Make or buy: your time against ${name}`,
    mobNoTime: (name: string, period: string, month: string) =>
      `${name} would cost ${period} in the period (${month} a month); your own time is not configured, so there is nothing to compare. Set "time" in smroi.config.json.`,
    mobTime: (hours: string, hoursPerMonth: string, rate: string, own: string, name: string, month: string, period: string) =>
      `Your time: ${hours} hours in the period (${hoursPerMonth} hours a month) × ${rate} = ${own}. ${name}: ${month} a month = ${period} in the period.`,
    equal: 'Both cost the same.',
    outsourcingCheaper: (amount: string) => `Outsourcing is cheaper by ${amount}.`,
    yourselfCheaper: (amount: string) => `Doing it yourself is cheaper by ${amount}.`,
    outsourcingPays: (amount: string) => ` Outsourcing pays once your hour is worth more than ${amount}.`,
    ratesTitle: 'Exchange rates used',
    rateFrom: (day: string) => ` from ${day}`,
    terms: {
      vat: { term: 'VAT', meaning: 'value-added tax, as your ledgers state it.' },
      grossProfit: { term: 'Gross profit', meaning: 'revenue × margin.' },
      afterCosts: { term: 'Profit after costs', meaning: 'gross profit minus every cost (Cost in the money table).' },
      breakEvenRoas: { term: 'Break-even ROAS', meaning: 'the ROAS at which gross profit pays back the ad spend: 1 ÷ margin; a lower ROAS does not.' },
      ratios: (limit: string): Term => ({ term: 'Meta ratio, GA4 ratio', meaning: `claimed ÷ confirmed, orders/revenue; over ${limit} (or claims where the ledger confirms nothing) is marked "!".` }),
      kpi: { term: 'KPI', meaning: 'key performance indicator: the figure the target of a campaign is set in.' },
      budgetUsed: { term: 'Budget used', meaning: 'ad spend ÷ budget.' },
    },
  },
  de: {
    basisNet: 'Umsatz ohne die Mehrwertsteuer, die Ihre Verkaufsdaten ausweisen',
    basisGross: 'Umsatz, wie Ihre Verkaufsdaten ihn ausweisen (brutto)',
    profitTitle: (basis: string, margin: string) => `Gewinn: ${basis}, Marge ${margin}`,
    vat: 'Mehrwertsteuer',
    grossProfit: 'Rohgewinn',
    afterCosts: 'Gewinn nach Kosten',
    breakEvenRoas: 'ROAS für die Gewinnschwelle',
    breakEven: (margin: string, roas: string) => `ROAS für die Gewinnschwelle hier: 1 ÷ ${margin} = ${roas}.`,
    noMargin: ' Es ist keine Marge eingestellt, daher wird mit einer Marge von 100\u00a0% gerechnet.',
    taxNotStated: (files: string) => ` Ohne ausgewiesene Steuer (brutto gezählt): ${files}.`,
    claimedTitle: 'Was die Plattformen melden, gegen das, was Ihre Verkaufsdaten bestätigen',
    metaRatio: 'Verhältnis Meta',
    ga4Ratio: 'Verhältnis GA4',
    googleRatio: 'Verhältnis Google',
    attribution: (campaign: string, windows: string) => `Zuordnung durch Meta für ${campaign}: ${windows}.`,
    owner: 'Verantwortlich',
    kpi: 'Kennzahl',
    target: 'Ziel',
    actual: 'Ist',
    reached: 'Erreicht',
    budget: 'Budget',
    budgetUsed: 'Budget verbraucht',
    difference: 'Differenz',
    yes: 'ja',
    no: 'nein',
    onBudget: 'genau im Budget',
    over: (amount: string) => `${amount} darüber`,
    under: (amount: string) => `${amount} darunter`,
    goal: (goal: string) => `Ziel ${goal}`,
    audience: (audience: string) => `Zielgruppe ${audience}`,
    vanityKpi: '* eine Kennzahl der Aufmerksamkeit, nicht der Verkäufe; sie zu erreichen sagt nichts über Geld.',
    unmeasurable: (list: string) => `Keine Datei misst: ${list}.`,
    unplanned: (list: string) => `Ohne Plan ausgegeben: ${list}. Tragen Sie unter "campaigns" Ziel, Kennzahl, Zielwert und Budget ein.`,
    planTitle: 'Der Plan: Ziele und Budgets gegen die Ergebnisse',
    mobTitle: (name: string) => `Selbst machen oder einkaufen: Ihre Zeit gegen ${name}`,
    mobNoTime: (name: string, period: string, month: string) =>
      `${name} würde im Zeitraum ${period} kosten (${month} im Monat); Ihre eigene Zeit ist nicht eingestellt, es gibt also nichts zu vergleichen. Tragen Sie "time" in smroi.config.json ein.`,
    mobTime: (hours: string, hoursPerMonth: string, rate: string, own: string, name: string, month: string, period: string) =>
      `Ihre Zeit: ${hours} Stunden im Zeitraum (${hoursPerMonth} Stunden im Monat) × ${rate} = ${own}. ${name}: ${month} im Monat = ${period} im Zeitraum.`,
    equal: 'Beides kostet gleich viel.',
    outsourcingCheaper: (amount: string) => `Einkaufen ist um ${amount} günstiger.`,
    yourselfCheaper: (amount: string) => `Selbst machen ist um ${amount} günstiger.`,
    outsourcingPays: (amount: string) => ` Einkaufen lohnt sich, sobald Ihre Stunde mehr als ${amount} wert ist.`,
    ratesTitle: 'Verwendete Wechselkurse',
    rateFrom: (day: string) => ` ab ${day}`,
    terms: {
      vat: { term: 'Mehrwertsteuer', meaning: 'wie Ihre Verkaufsdaten sie ausweisen.' },
      grossProfit: { term: 'Rohgewinn', meaning: 'Umsatz × Marge.' },
      afterCosts: { term: 'Gewinn nach Kosten', meaning: 'Rohgewinn minus alle Kosten (die Kosten in der Geld-Tabelle).' },
      breakEvenRoas: { term: 'ROAS für die Gewinnschwelle', meaning: 'der ROAS, bei dem der Rohgewinn die Werbeausgaben wieder einbringt: 1 ÷ Marge; ein niedrigerer ROAS schafft das nicht.' },
      ratios: (limit: string): Term => ({
        term: 'Verhältnis Meta, Verhältnis GA4',
        meaning: `gemeldet ÷ bestätigt, Bestellungen/Umsatz; über ${limit} (oder Meldungen, wo Ihre Verkaufsdaten nichts bestätigen) ist mit "!" markiert.`,
      }),
      kpi: { term: 'Kennzahl', meaning: 'die Zahl, in der das Ziel einer Kampagne gesetzt ist (englisch KPI, key performance indicator).' },
      budgetUsed: { term: 'Budget verbraucht', meaning: 'Werbeausgaben ÷ Budget.' },
    },
  },
  sv: {
    basisNet: 'intäkter utan den moms som dina försäljningsfiler anger',
    basisGross: 'intäkter som dina försäljningsfiler anger dem (brutto)',
    profitTitle: (basis: string, margin: string) => `Vinst: ${basis}, marginal ${margin}`,
    vat: 'Moms',
    grossProfit: 'Bruttovinst',
    afterCosts: 'Vinst efter kostnader',
    breakEvenRoas: 'ROAS vid nollresultat',
    breakEven: (margin: string, roas: string) => `ROAS vid nollresultat här: 1 ÷ ${margin} = ${roas}.`,
    noMargin: ' Ingen marginal är inställd, så marginalen räknas som 100\u00a0%.',
    taxNotStated: (files: string) => ` Utan angiven moms (räknat brutto): ${files}.`,
    claimedTitle: 'Vad plattformarna uppger mot vad dina försäljningsfiler bekräftar',
    metaRatio: 'Kvot Meta',
    ga4Ratio: 'Kvot GA4',
    googleRatio: 'Kvot Google',
    attribution: (campaign: string, windows: string) => `Metas tillskrivning för ${campaign}: ${windows}.`,
    owner: 'Ansvarig',
    kpi: 'Nyckeltal',
    target: 'Mål',
    actual: 'Utfall',
    reached: 'Uppnått',
    budget: 'Budget',
    budgetUsed: 'Budget använd',
    difference: 'Skillnad',
    yes: 'ja',
    no: 'nej',
    onBudget: 'precis enligt budget',
    over: (amount: string) => `${amount} över`,
    under: (amount: string) => `${amount} under`,
    goal: (goal: string) => `mål ${goal}`,
    audience: (audience: string) => `målgrupp ${audience}`,
    vanityKpi: '* ett nyckeltal för uppmärksamhet, inte försäljning; att nå det säger inget om pengar.',
    unmeasurable: (list: string) => `Ingen fil mäter: ${list}.`,
    unplanned: (list: string) => `Spenderat utan plan: ${list}. Lägg till mål, nyckeltal, målvärde och budget under "campaigns".`,
    planTitle: 'Planen: mål och budgetar mot resultaten',
    mobTitle: (name: string) => `Göra själv eller köpa in: din tid mot ${name}`,
    mobNoTime: (name: string, period: string, month: string) =>
      `${name} skulle kosta ${period} under perioden (${month} i månaden); din egen tid är inte inställd, så det finns inget att jämföra. Ange "time" i smroi.config.json.`,
    mobTime: (hours: string, hoursPerMonth: string, rate: string, own: string, name: string, month: string, period: string) =>
      `Din tid: ${hours} timmar under perioden (${hoursPerMonth} timmar i månaden) × ${rate} = ${own}. ${name}: ${month} i månaden = ${period} under perioden.`,
    equal: 'Båda kostar lika mycket.',
    outsourcingCheaper: (amount: string) => `Att köpa in är ${amount} billigare.`,
    yourselfCheaper: (amount: string) => `Att göra det själv är ${amount} billigare.`,
    outsourcingPays: (amount: string) => ` Att köpa in lönar sig när din timme är värd mer än ${amount}.`,
    ratesTitle: 'Växelkurser som använts',
    rateFrom: (day: string) => ` från ${day}`,
    terms: {
      vat: { term: 'Moms', meaning: 'mervärdesskatt, som dina försäljningsfiler anger den.' },
      grossProfit: { term: 'Bruttovinst', meaning: 'intäkter × marginal.' },
      afterCosts: { term: 'Vinst efter kostnader', meaning: 'bruttovinst minus alla kostnader (Kostnad i pengatabellen).' },
      breakEvenRoas: { term: 'ROAS vid nollresultat', meaning: 'den ROAS där bruttovinsten betalar tillbaka annonskostnaden: 1 ÷ marginal; en lägre ROAS gör det inte.' },
      ratios: (limit: string): Term => ({
        term: 'Kvot Meta, Kvot GA4',
        meaning: `uppgivet ÷ bekräftat, ordrar/intäkter; över ${limit} (eller uppgifter där försäljningsfilerna inte bekräftar något) markeras med "!".`,
      }),
      kpi: { term: 'Nyckeltal', meaning: 'siffran som en kampanjs mål sätts i (på engelska KPI, key performance indicator).' },
      budgetUsed: { term: 'Budget använd', meaning: 'annonskostnad ÷ budget.' },
    },
  },
});

/** The sections after the Campaigns table; none when the report carries no economics. */
export function economicsSections(report: Report, language: Language = 'en'): Section[] {
  const economics = report.economics;
  if (!economics) return [];
  const texts = ECONOMICS_TEXTS[language];
  const w = words(language);
  const numbers = numberStyle(language);
  const { money, count, ratio } = dashed(numbers);
  const percent = numbers.percent;
  const percentOrDash = dashed(numbers).percent;
  const amount = (value: number) => numbers.amount(value, report.currency);
  const sections: Section[] = [];

  // Profit: revenue on the basis, gross profit, what is left after every cost, ROI, ROAS beside break-even ROAS.
  const basisText = economics.revenueBasis === 'net' ? texts.basisNet : texts.basisGross;
  const rows: { label: string; metrics: Metrics }[] = [
    { label: w.allSales, metrics: report.totals },
    ...report.channels.map((row) => ({ label: channelName(language, row.channel), metrics: row as Metrics })),
    ...report.campaigns.map((row) => ({ label: row.campaign, metrics: row as Metrics })),
  ];
  sections.push({
    title: texts.profitTitle(basisText, percent(economics.margin)),
    blocks: [
      {
        kind: 'table',
        columns: [
          { head: '' },
          { head: w.revenue },
          { head: texts.vat },
          { head: texts.grossProfit },
          { head: texts.afterCosts },
          { head: w.roi },
          { head: w.roas },
          { head: texts.breakEvenRoas },
        ],
        rows: rows
          .filter(({ metrics }) => metrics.profit)
          .map(({ label, metrics }) => {
            const p = metrics.profit!;
            return [label, money(p.revenue), money(p.tax), money(p.grossProfit), toned(money(p.afterCost), p.afterCost), toned(percentOrDash(p.roi), p.roi), ratio(p.roas), ratio(p.breakEvenRoas)];
          }),
      },
      {
        kind: 'text',
        text:
          texts.breakEven(percent(economics.margin), ratio(economics.breakEvenRoas)) +
          (economics.marginConfigured ? '' : texts.noMargin) +
          (economics.revenueBasis === 'net' && economics.taxNotStatedIn.length ? texts.taxNotStated(economics.taxNotStatedIn.join(', ')) : ''),
      },
    ],
  });

  // Claimed versus confirmed, per campaign.
  const claimed = claimedRows(report);
  if (claimed.length) {
    // Google Ads' columns only when a Google Ads report was read.
    const google = claimed.some((row) => row.overclaim!.google !== undefined);
    sections.push({
      title: texts.claimedTitle,
      blocks: [
        {
          kind: 'table',
          columns: [
            { head: w.campaign },
            { head: w.orders },
            { head: w.revenue },
            { head: w.metaClaims, group: 'meta' },
            { head: texts.metaRatio, group: 'meta' },
            { head: w.ga4Claims, group: 'ga4' },
            { head: texts.ga4Ratio, group: 'ga4' },
            ...(google ? [{ head: w.googleClaims, group: 'google' }, { head: texts.googleRatio, group: 'google' }] : []),
          ],
          rows: claimed.map((row) => [
            row.campaign,
            count(row.confirmed.orders),
            money(row.confirmed.revenue),
            claim(row.claimed.meta.conversions, row.claimed.meta.value, numbers),
            flagged(times(row.overclaim!.meta.ordersRatio, row.overclaim!.meta.valueRatio, numbers), row.overclaim!.meta.overclaim),
            claim(row.claimed.ga4.conversions, row.claimed.ga4.value, numbers),
            flagged(times(row.overclaim!.ga4.ordersRatio, row.overclaim!.ga4.valueRatio, numbers), row.overclaim!.ga4.overclaim),
            ...(google
              ? [
                  claim(row.claimed.google.conversions, row.claimed.google.value, numbers),
                  row.overclaim!.google ? flagged(times(row.overclaim!.google.ordersRatio, row.overclaim!.google.valueRatio, numbers), row.overclaim!.google.overclaim) : '–',
                ]
              : []),
          ]),
        },
        ...claimed
          .filter((row) => row.overclaim!.meta.attribution?.length)
          .map((row): Block => ({ kind: 'text', text: texts.attribution(row.campaign, row.overclaim!.meta.attribution!.join('; ')) })),
      ],
    });
  }

  // The plan.
  const plan = report.plan;
  if (plan && (plan.campaigns.length || plan.unplanned.length)) {
    const blocks: Block[] = [];
    const kpiName = (check: PlanCheck) => (check.kpi === null ? '–' : (w.kpis[check.kpi] ?? check.kpi));
    const withKpi = plan.campaigns.filter((check) => check.kpi !== null || check.target !== null);
    if (withKpi.length) {
      blocks.push({
        kind: 'table',
        columns: [{ head: w.campaign }, { head: texts.owner, align: 'left' }, { head: texts.kpi, align: 'left' }, { head: texts.target }, { head: texts.actual }, { head: texts.reached, align: 'left' }],
        rows: withKpi.map((check) => [
          check.campaign,
          check.owner ?? '–',
          check.kpi === null ? '–' : `${kpiName(check)}${check.vanityKpi ? '*' : ''}`,
          kpiValue(check, check.target, numbers),
          check.measurable === false ? '–' : kpiValue(check, check.actual, numbers),
          reachedText(check, language),
        ]),
      });
    }
    const withBudget = plan.campaigns.filter((check) => check.budget !== null);
    if (withBudget.length) {
      blocks.push({
        kind: 'table',
        columns: [{ head: w.campaign }, { head: texts.budget }, { head: w.adSpend }, { head: texts.budgetUsed }, { head: texts.difference }],
        rows: withBudget.map((check) => [check.campaign, money(check.budget), money(check.adSpend), percentOrDash(check.budgetUsed), budgetText(check, language)]),
      });
    }
    for (const check of plan.campaigns) {
      const parts = [check.goal && texts.goal(check.goal), check.audience && texts.audience(check.audience)].filter(Boolean);
      if (parts.length) blocks.push({ kind: 'text', text: `${check.campaign}: ${parts.join('; ')}.` });
    }
    if (plan.campaigns.some((check) => check.vanityKpi)) blocks.push({ kind: 'text', text: texts.vanityKpi });
    const unmeasurable = plan.campaigns.filter((check) => check.measurable === false);
    if (unmeasurable.length) blocks.push({ kind: 'text', text: texts.unmeasurable(unmeasurable.map((check) => `${check.campaign} (${kpiName(check)})`).join(', ')) });
    if (plan.unplanned.length) {
      blocks.push({ kind: 'text', text: texts.unplanned(plan.unplanned.map((row) => `${row.campaign} (${amount(row.adSpend)})`).join(', ')) });
    }
    sections.push({ title: texts.planTitle, blocks });
  }

  // Make or buy.
  const mob = report.makeOrBuy;
  if (mob) {
    const blocks: Block[] = [];
    // English has always written the monthly amounts and the hourly rate without the currency.
    const bare = (value: number) => (language === 'en' ? money(value) : amount(value));
    if (mob.ownTime === null) {
      blocks.push({ kind: 'text', text: texts.mobNoTime(mob.name, amount(mob.outsourcing), bare(mob.amountPerMonth)) });
    } else {
      blocks.push({
        kind: 'text',
        text: texts.mobTime(
          formatNumber(mob.hours!, numbers),
          formatNumber(mob.hoursPerMonth!, numbers),
          bare(mob.hourlyRate!),
          amount(mob.ownTime),
          mob.name,
          bare(mob.amountPerMonth),
          amount(mob.outsourcing),
        ),
      });
      const verdict = mob.cheaper === 'equal' ? texts.equal : mob.cheaper === 'outsourcing' ? texts.outsourcingCheaper(amount(mob.difference!)) : texts.yourselfCheaper(amount(mob.difference!));
      const breakEven = mob.breakEvenHourlyRate === null ? '' : texts.outsourcingPays(amount(mob.breakEvenHourlyRate));
      blocks.push({ kind: 'text', text: `${verdict}${breakEven}` });
    }
    sections.push({ title: texts.mobTitle(mob.name), blocks });
  }

  // Exchange rates.
  if (report.exchangeRates?.length) {
    sections.push({
      title: texts.ratesTitle,
      blocks: [{ kind: 'list', items: report.exchangeRates.map((rate) => ({ text: `1 ${rate.currency} = ${exchangeRate(rate.rate, language)} ${rate.into}${rate.from ? texts.rateFrom(numbers.day(rate.from)) : ''}` })) }],
    });
  }
  return sections;
}

/** The terms the economics sections use, for the report's "Terms". */
export function economicsTerms(report: Report, language: Language = 'en'): Term[] {
  if (!report.economics) return [];
  const terms = ECONOMICS_TEXTS[language].terms;
  const items: Term[] = [terms.vat, terms.grossProfit, terms.afterCosts, terms.breakEvenRoas];
  if (claimedRows(report).length) items.push(terms.ratios(numberStyle(language).ratio(1.5)));
  const plan = report.plan;
  if (plan?.campaigns.some((check) => check.kpi !== null || check.target !== null)) items.push(terms.kpi);
  if (plan?.campaigns.some((check) => check.budget !== null)) items.push(terms.budgetUsed);
  return items;
}

function claimedRows(report: Report) {
  return report.campaigns.filter((row) => row.overclaim && (row.claimed.meta.conversions !== null || row.claimed.ga4.conversions !== null || (row.claimed.google?.conversions ?? null) !== null));
}

function kpiValue(check: PlanCheck, value: number | null, numbers: NumberStyle): string {
  if (value === null) return '–';
  if (check.kpi === 'roi') return numbers.percent(value);
  if (check.kpi === 'roas') return numbers.ratio(value);
  if (check.kpi === 'revenue' || check.kpi === 'costPerOrder') return numbers.money(value);
  return formatNumber(value, numbers);
}

function reachedText(check: PlanCheck, language: Language): CellValue {
  if (check.reached === null) return '–';
  const texts = ECONOMICS_TEXTS[language];
  return check.reached ? { text: texts.yes, tone: 'good' } : { text: texts.no, tone: 'bad' };
}

function budgetText(check: PlanCheck, language: Language): CellValue {
  if (check.budgetStatus === null) return '–';
  const texts = ECONOMICS_TEXTS[language];
  if (check.budgetStatus === 'on') return texts.onBudget;
  const amount = numberStyle(language).money(Math.abs(check.budgetDifference!));
  return check.budgetStatus === 'over' ? { text: texts.over(amount), tone: 'bad' } : texts.under(amount);
}

function claim(conversions: number | null, value: number | null, numbers: NumberStyle): string {
  if (conversions === null && value === null) return '–';
  return `${conversions === null ? '–' : formatNumber(conversions, numbers)}/${value === null ? '–' : numbers.money(value)}`;
}

function times(orders: number | null, value: number | null, numbers: NumberStyle): string {
  if (orders === null && value === null) return '–';
  const { ratio } = dashed(numbers);
  return `${ratio(orders)}/${ratio(value)}`;
}

function flagged(text: string, flag: boolean): CellValue {
  return flag ? { text: `${text} !`, tone: 'bad' } : text;
}

function formatNumber(value: number, numbers: NumberStyle): string {
  return Number.isInteger(value) ? numbers.count(value) : numbers.money(value);
}

/** A rate as configured (11.5, 0.0871), with the reader's decimal mark. */
function exchangeRate(rate: number, language: Language): string {
  return numberStyle(language).decimal(rate);
}
