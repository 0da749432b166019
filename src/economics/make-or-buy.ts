// Make or buy: the owner's own time (hours × hourly rate, pro-rated over the period like every
// monthly amount) against the outsourcing quote (amountPerMonth, pro-rated the same way).
import { monthsInPeriod, roundMoney, roundRatio } from '../metrics.js';
import type { MakeOrBuy } from './types.js';

export interface MakeOrBuyConfig {
  time?: { hourlyRate: number; hoursPerMonth: Partial<Record<string, number>> };
  outsourcing?: { name: string; amountPerMonth: number };
}

/** null when no outsourcing quote is configured. */
export function makeOrBuy(config: MakeOrBuyConfig, from: number, to: number): MakeOrBuy | null {
  const quote = config.outsourcing;
  if (!quote) return null;
  const months = monthsInPeriod(from, to);
  const outsourcing = quote.amountPerMonth * months;
  const base = { name: quote.name, amountPerMonth: quote.amountPerMonth, months: roundRatio(months), outsourcing: roundMoney(outsourcing) };
  if (!config.time) {
    return { ...base, hourlyRate: null, hoursPerMonth: null, hours: null, ownTime: null, cheaper: null, difference: null, breakEvenHourlyRate: null };
  }
  const hoursPerMonth = Object.values(config.time.hoursPerMonth).reduce<number>((sum, hours) => sum + (hours ?? 0), 0);
  const ownTime = hoursPerMonth * config.time.hourlyRate * months;
  const difference = roundMoney(Math.abs(ownTime - outsourcing));
  return {
    ...base,
    hourlyRate: config.time.hourlyRate,
    hoursPerMonth,
    hours: roundMoney(hoursPerMonth * months),
    ownTime: roundMoney(ownTime),
    cheaper: difference === 0 ? 'equal' : ownTime < outsourcing ? 'own-time' : 'outsourcing',
    difference,
    // hoursPerMonth × rate > amountPerMonth ⇔ rate > amountPerMonth ÷ hoursPerMonth (the months cancel).
    breakEvenHourlyRate: hoursPerMonth > 0 ? roundMoney(quote.amountPerMonth / hoursPerMonth) : null,
  };
}
