/**
 * SVG → PNG bytes with the browser's own renderer (an <img> on a canvas), for the chart fallbacks
 * a DOCX carries. Runs on the page: workers cannot decode SVG images.
 */
export function rasterizeSvg(svg: string, widthPx: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const img = new Image();
    img.onload = () => {
      const height = Math.max(1, Math.round((img.naturalHeight / Math.max(1, img.naturalWidth)) * widthPx));
      const canvas = document.createElement('canvas');
      canvas.width = widthPx;
      canvas.height = height;
      const g = canvas.getContext('2d');
      if (g === null) return reject(new Error('no 2D canvas'));
      g.fillStyle = '#fff';
      g.fillRect(0, 0, widthPx, height);
      g.drawImage(img, 0, 0, widthPx, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (blob === null) return reject(new Error('the chart could not be drawn'));
        void blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
      }, 'image/png');
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart image could not be read'));
    };
    img.src = url;
  });
}
