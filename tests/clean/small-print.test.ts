import { describe, expect, it } from 'vitest';
import { smallPrint } from '../../src/core/clean/small-print.js';
import { applyRule, blocks } from '../helpers.js';

describe('small-print', () => {
  it('removes copyright notices and site disclaimers in their many wordings', () => {
    const notices = [
      'Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      '© 2007 United Press International. All Rights Reserved.\nThis material may not be reproduced, redistributed, or manipulated in any form.',
      '(C) 2008 Magellan Navigation, Inc. Magellan and RoadMate are trademarks of Magellan Navigation, Inc.',
      'Redistribution, republication, syndication or rewriting of this content is expressly prohibited without prior written consent.',
      'The BBC is not responsible for the content of external internet sites',
      'The opinions expressed in this release are those of the organization issuing it, and do not necessarily reflect the thoughts of the site.',
    ];
    const { removed, records } = applyRule(smallPrint, blocks('The court met on Monday.', ...notices));
    expect(removed).toEqual(notices);
    expect(records.every((r) => r.reason === 'boilerplate')).toBe(true);
  });

  it('keeps story sentences about copyright, rights and publication', () => {
    const story = [
      'The judge ruled that the photographs may not be published until the trial is over.',
      'Copyright lawyers said the ruling would change how the agency licenses its pictures, and that every right reserved by the author still stands.',
      'The 1998 copyright act, she said, was written before anyone had heard of streaming.',
      'Opinions expressed at the meeting were divided.',
    ];
    expect(applyRule(smallPrint, blocks(...story)).removed).toEqual([]);
  });
});
