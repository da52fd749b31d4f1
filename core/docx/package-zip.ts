// Re-packs the DOCX zip with every entry dated from the caller's clock. docx stamps entries with the
// time of packing, which would make two exports of the same letter differ; with a fixed clock ours
// are byte-identical. Works the same in Node and the browser (jszip, Uint8Array).
import JSZip from 'jszip';

export async function repackWithDate(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}
