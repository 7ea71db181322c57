import { estimateFieldOf } from './estimate-field';

const planned = { gid: '1206', name: 'Mops planned (EUR)', resource_subtype: 'number', format: 'currency' };
const asanasOwn = { gid: '1205', name: 'Estimated time', resource_subtype: 'number', format: 'duration', asana_created_field: 'estimated_time' };
const effort = { gid: '1207', name: 'Effort (design)', resource_subtype: 'number', format: 'duration' };
const review = { gid: '1208', name: 'Review time', resource_subtype: 'number', format: 'duration' };

describe('estimateFieldOf', () => {
  it('takes Asana’s own “Estimated time” even when another duration field comes first', () => {
    expect(estimateFieldOf([planned, effort, { ...asanasOwn, name: 'Geschätzte Zeit' }])).toBe('1205');
  });

  it('takes the only duration field of a workspace Asana made none in', () => {
    expect(estimateFieldOf([planned, effort])).toBe('1207');
  });

  it('takes the one named “Estimated time” among several duration fields, and none when no name settles it', () => {
    expect(estimateFieldOf([effort, { ...review, name: ' estimated TIME ' }])).toBe('1208');
    expect(estimateFieldOf([effort, review])).toBeUndefined();
  });

  it('finds nothing in a workspace with no duration field: a plain number is not minutes', () => {
    expect(estimateFieldOf([planned, { gid: '1209', name: 'Estimated time', resource_subtype: 'number', format: 'none' }])).toBeUndefined();
  });
});
