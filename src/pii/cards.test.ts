import { describe, expect, it } from 'vitest';
import { cardBrand, isCard, looksSynthetic, PUBLISHED_TEST_CARDS, type CardBrand } from './cards.js';
import { luhnValid } from './luhn.js';

describe('luhnValid', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['4929381332664295', true],
    ['4929381332664296', false],
    ['378225979482533', true],
    ['0000000000000000', true],
    ['4929-3813', false],
    ['49293813326642 5', false],
    ['', false],
    ['7', false],
  ])('%s → %s', (digits, valid) => {
    expect(luhnValid(digits)).toBe(valid);
  });

  it('catches every single-digit typo and almost every adjacent swap', () => {
    const card = '4929381332664295';
    for (let i = 0; i < card.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === card[i]) continue;
        expect(luhnValid(card.slice(0, i) + d + card.slice(i + 1))).toBe(false);
      }
    }
  });
});

describe('cardBrand', () => {
  it.each<[string, CardBrand | undefined]>([
    ['4539373321382', 'visa'],
    ['4716976847543871', 'visa'],
    ['4024690459841660029', 'visa'],
    ['471697684754387', undefined],
    ['5425758111810197', 'mastercard'],
    ['2221940953860554', 'mastercard'],
    ['2720960389971862', 'mastercard'],
    ['2721960389971861', undefined],
    ['5025758111810195', undefined],
    ['378225979482533', 'amex'],
    ['3782259794825331', undefined],
    ['6011274838778756', 'discover'],
    ['6445238847247521', 'discover'],
    ['6529512667547489202', 'discover'],
    ['3541953980770788', 'jcb'],
    ['30125109210004', 'diners'],
    ['36280430065173', 'diners'],
    ['6212870186987134', 'unionpay'],
    ['6234606372900396409', 'unionpay'],
    ['9929381332664294', undefined],
    ['1718035200000', undefined],
  ])('%s → %s', (digits, brand) => {
    expect(cardBrand(digits)).toBe(brand);
  });
});

describe('published and made-up test numbers', () => {
  it('lists only Luhn-valid numbers (a typo would make an entry useless)', () => {
    for (const card of PUBLISHED_TEST_CARDS) expect(luhnValid(card), card).toBe(true);
  });

  it('treats every test card from the brief as not a card', () => {
    const brief = [
      '4111111111111111', '4242424242424242', '4012888888881881', '5555555555554444', '5105105105105100',
      '378282246310005', '371449635398431', '6011111111111117', '6011000990139424', '3530111333300000',
      '3566002020360505', '30569309025904', '38520000023237', '4000056655665556', '5200828282828210',
      '2223003122003222', '6200000000000005',
    ];
    for (const card of brief) expect(isCard(card), card).toBe(false);
  });

  it.each(['4111111111111111', '4242424242424242', '5105105105105100', '4000000000000077', '5200828282828210', '4123456789012349'])(
    'flags %s as synthetic by shape',
    (digits) => {
      expect(looksSynthetic(digits)).toBe(true);
    },
  );

  it.each(['4929381332664295', '5425758111810197', '378225979482533', '6011274838778756', '30125109210004'])('keeps %s', (digits) => {
    expect(looksSynthetic(digits)).toBe(false);
    expect(isCard(digits)).toBe(true);
  });
});
