/** Texts of the 2D view and the view choice (Bahasa Indonesia first, English second); spread into appMessages. */
export const schematicMessages = {
  id: {
    'view.choice': 'Tampilan 2D / 3D',
    'view.3d': '3D',
    'view.2d': '2D',
    'view.3d.long': 'Tampilan 3D (model mesin)',
    'view.2d.long': 'Tampilan 2D (gambar mesin, ringan untuk perangkat lemah)',
    'view.noWebgl': 'Tanpa 3D (WebGL tidak tersedia di sini): mesin ditampilkan sebagai gambar 2D. Semua latihan tetap bisa.',
    'view.contextGone': 'Tampilan 3D tidak pulih, jadi mesin kini ditampilkan sebagai gambar 2D. Latihan Anda tetap berjalan; tekan 3D untuk mencoba lagi.',
    'view.createFailed': 'Tampilan 3D tidak bisa dibuka di perangkat ini, jadi mesin ditampilkan sebagai gambar 2D. Latihan Anda tetap berjalan.',
    'view.loading2d': 'Memuat gambar mesin…',
    'load.part.schematic': 'gambar 2D mesin',
  },
  en: {
    'view.choice': '2D / 3D view',
    'view.3d': '3D',
    'view.2d': '2D',
    'view.3d.long': '3D view (the machine model)',
    'view.2d.long': '2D view (a drawing of the machine, light for weak devices)',
    'view.noWebgl': 'No 3D here (WebGL is not available): the machine is shown as a 2D drawing. Every kind of practice still works.',
    'view.contextGone': 'The 3D view did not come back, so the machine is now shown as a 2D drawing. Your practice goes on; press 3D to try again.',
    'view.createFailed': 'The 3D view cannot open on this device, so the machine is shown as a 2D drawing. Your practice goes on.',
    'view.loading2d': 'Loading the machine drawing…',
    'load.part.schematic': "the machine's 2D drawing",
  },
} as const;
