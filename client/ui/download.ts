/** Saves a Blob or text as a file through a temporary link. */
export function download(content: Blob | string, fileName: string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "stakeholder-atlas-2011" style names, so exports of different years do not overwrite each other. */
export function exportName(asOf: number | null, extension: string): string {
  return `stakeholder-atlas${asOf === null ? '' : `-${asOf}`}.${extension}`;
}
