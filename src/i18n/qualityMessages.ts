/** The 3D picture-quality setting (issue 12), spread into appMessages: Bahasa Indonesia first. */
export const qualityMessages = {
  id: {
    'quality.label': 'Kualitas gambar',
    'quality.auto': 'Gambar: otomatis',
    'quality.high': 'Gambar: tinggi',
    'quality.low': 'Gambar: rendah',
  },
  en: {
    'quality.label': 'Picture quality',
    'quality.auto': 'Picture: automatic',
    'quality.high': 'Picture: high',
    'quality.low': 'Picture: low',
  },
} as const;
