import type { MigrationNote } from '@portway/plugin-routing-common';
import { noteGroups } from './noteGroups';

const note = (object: string, message: string): MigrationNote => ({
  object,
  level: 'warning',
  message,
});

describe('noteGroups', () => {
  it('groups the notes by source, in the order given, a source without notes too', () => {
    const notes = [
      note('Ingress shop/web', 'one'),
      note('Ingress shop/api', 'two'),
      note('Ingress shop/web', 'three'),
    ];

    expect(
      noteGroups(notes, [
        'Ingress shop/api',
        'Ingress shop/web',
        'Ingress shop/quiet',
      ]),
    ).toEqual([
      { object: 'Ingress shop/api', notes: [notes[1]] },
      { object: 'Ingress shop/web', notes: [notes[0], notes[2]] },
      { object: 'Ingress shop/quiet', notes: [] },
    ]);
  });

  it('keeps notes about other objects, after the sources', () => {
    const other = note('Service shop/web', 'named port');

    expect(noteGroups([other], ['Ingress shop/web'])).toEqual([
      { object: 'Ingress shop/web', notes: [] },
      { object: 'Service shop/web', notes: [other] },
    ]);
  });
});
