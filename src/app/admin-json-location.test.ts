import { jsonLocation } from './admin-json-location';

const webinar = `{
  "id": "webinar",
  "name": "Webinar, \\"live\\"",
  "steps": [
    { "id": "book-speakers", "due": { "workingDays": 20 } },
    {
      "id": "landing-page",
      "due": { "workingDays": -3, "relativeTo": "due" }
    }
  ]
}`;

describe('jsonLocation', () => {
  it('finds a nested value where the admin wrote it, past strings with escaped quotes', () => {
    const location = jsonLocation(webinar, ['steps', 1, 'due', 'workingDays']);
    expect(location).toMatchObject({ line: 8, column: 31, exact: true });
    expect(webinar.slice(location?.start, location?.end)).toBe('-3');
  });

  it('gives the whole object for a path that ends at one', () => {
    const location = jsonLocation(webinar, ['steps', 0]);
    expect(webinar.slice(location?.start, location?.end)).toBe('{ "id": "book-speakers", "due": { "workingDays": 20 } }');
    expect(location?.line).toBe(5);
  });

  it('falls back to the nearest enclosing value when a key is missing', () => {
    const location = jsonLocation(webinar, ['steps', 1, 'title']);
    expect(location).toMatchObject({ line: 6, column: 5, exact: false });
    expect(jsonLocation(webinar, ['steps', 5, 'id'])).toMatchObject({ line: 4, exact: false });
  });

  it('has nothing to point at in empty text', () => {
    expect(jsonLocation('   ', ['id'])).toBeUndefined();
  });
});
