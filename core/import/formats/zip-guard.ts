/**
 * A workbook is a zip, and a small zip can hold gigabytes of zeros. Before SheetJS inflates one,
 * this inflates it once in a stream, counting the bytes that actually come out (a zip's own size
 * fields can lie) and stopping as soon as the count passes the cap.
 */
import { Unzip, UnzipInflate } from 'fflate';

/** What a workbook may expand to, all its parts together. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/**
 * Compressed bytes fed to the inflater at a time: deflate expands at most about 1,032 to 1, so
 * one step yields at most about 4 MB past the cap before the count stops it.
 */
export const ZIP_STEP_BYTES = 4 * 1024;

export interface ZipCheck {
  /** Bytes inflated before the check finished or stopped. */
  inflated: number;
  /** Why the zip is refused, or undefined when it may be read. */
  refusal?: string;
}

/** A zip64 directory keeps its count elsewhere; the check then relies on the inflated bytes alone. */
const ZIP64 = -1;

/** The number of entries the zip's central directory says it has, ZIP64, or undefined when there is none. */
function directoryEntries(bytes: Uint8Array): number | undefined {
  if (bytes.length < 22) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 bytes plus a comment of up to 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      const entries = view.getUint16(at + 10, true);
      return entries === 0xffff ? ZIP64 : entries;
    }
  }
  return undefined;
}

export function checkZip(bytes: Uint8Array, maxBytes = MAX_UNZIPPED_BYTES): ZipCheck {
  let inflated = 0;
  let files = 0;
  let failure: string | undefined;
  const unzip = new Unzip((file) => {
    files += 1;
    file.ondata = (error, chunk) => {
      if (error) failure ??= error.message;
      else inflated += chunk.length;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const limit = `${Math.round(maxBytes / (1024 * 1024))} MB`;
  try {
    for (let at = 0; at < bytes.length; at += ZIP_STEP_BYTES) {
      unzip.push(bytes.subarray(at, at + ZIP_STEP_BYTES), at + ZIP_STEP_BYTES >= bytes.length);
      if (inflated > maxBytes)
        return { inflated, refusal: `expands to more than ${limit} when unzipped; refused as a possible zip bomb` };
      if (failure) break;
    }
  } catch (error) {
    failure ??= (error as Error).message;
  }
  if (failure) return { inflated, refusal: `is not a readable Excel workbook (broken zip: ${failure})` };
  // Overlapping entries (one compressed block named many times) unzip once here but many times in a reader.
  const listed = directoryEntries(bytes);
  if (listed === undefined)
    return {
      inflated,
      refusal: 'is not an Excel workbook (.xlsx is a zip, and this is not one); save it as an Excel workbook (.xlsx)',
    };
  if (listed !== ZIP64 && listed > files)
    return { inflated, refusal: 'lists more parts in its zip directory than it holds; refused as a possible zip bomb' };
  return { inflated };
}
