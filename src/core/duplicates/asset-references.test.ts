import { extractAssetReferences, normaliseUrl } from './asset-references';

describe('asset references', () => {
  it('normalises URLs so the same page pasted two ways compares equal', () => {
    expect(normaliseUrl('HTTPS://www.Acme.com/Spring/?utm_source=mail&b=2&a=1#top')).toBe('acme.com/Spring?a=1&b=2');
    expect(normaliseUrl('acme.com/Spring?a=1&b=2')).toBe('acme.com/Spring?a=1&b=2');
  });

  it('does not treat a bare site as an asset', () => {
    expect(normaliseUrl('https://www.acme.com/')).toBeUndefined();
    expect(extractAssetReferences('Check www.acme.com please')).toEqual([]);
  });

  it('finds stock-photo ids in file names and in library URLs', () => {
    expect(extractAssetReferences('Hero: shutterstock_1234567890.jpg')).toEqual(['stock:shutterstock:1234567890']);
    expect(extractAssetReferences('https://www.shutterstock.com/image-photo/woman-laptop-1234567890')).toEqual([
      'shutterstock.com/image-photo/woman-laptop-1234567890',
      'stock:shutterstock:1234567890',
    ]);
    expect(extractAssetReferences('Используем AdobeStock_445566778 на баннере')).toEqual(['stock:adobestock:445566778']);
    expect(extractAssetReferences('https://www.istockphoto.com/photo/team-meeting-gm1162536234-318951247')).toContain('stock:istock:1162536234');
  });
});
