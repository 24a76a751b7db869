//! Large data files, parsed once: the checked [`Dataset`] of a file given by `--data`
//! is kept on disk in a binary form (postcard) and read back at the next start instead
//! of the text (reading RON and checking it costs about 360 ms for 20,000 partners; the
//! binary form is read in a fraction of that).
//!
//! An entry can never be stale: its name is a hash (XXH3, 128 bits) of the file's bytes
//! together with a hash of the running program's own executable, so any edit of the file
//! and any other build of the program (new rules, new model) looks elsewhere. An entry
//! also carries a hash of its own bytes: a damaged one is ignored and the file is read
//! as text. Entries are written whole under a temporary name and renamed into place, and
//! only the few most recent are kept. Files under [`MIN_BYTES`] are not cached: reading
//! them is already quicker than hashing the program.

use std::io::Read;
use std::path::{Path, PathBuf};

use xxhash_rust::xxh3::{Xxh3, xxh3_64, xxh3_128};

use crate::data::Dataset;
use crate::data::load::{DataError, load};

/// Smaller files are read as text every time (the real data is 84 KB: 0.3 ms).
pub const MIN_BYTES: usize = 1024 * 1024;

/// How many entries stay (one per data file recently used).
const KEEP: usize = 4;

const MAGIC: &[u8; 8] = b"PCDATA01";

/// Where entries live and which program reads them.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
    program: u128,
    min_bytes: usize,
}

impl Cache {
    /// `$XDG_CACHE_HOME/partner-cities` (by default `~/.cache/partner-cities`), for the
    /// running executable; `None` when neither the folder nor the program can be known.
    pub fn from_env() -> Option<Cache> {
        let dir = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache")))?
            .join("partner-cities");
        let exe = hash_file(&std::env::current_exe().ok()?).ok()?;
        Some(Cache::new(dir, exe, MIN_BYTES))
    }

    /// A cache in `dir` for the program whose hash is `program`, for files of at least
    /// `min_bytes`.
    pub fn new(dir: PathBuf, program: u128, min_bytes: usize) -> Cache {
        Cache {
            dir,
            program,
            min_bytes,
        }
    }

    /// The entry for a file with these bytes.
    pub fn entry(&self, source: &str) -> PathBuf {
        self.entry_by_hash(xxh3_128(source.as_bytes()))
    }

    /// The entry for a file whose bytes hash (XXH3, 128 bits) to `file`.
    fn entry_by_hash(&self, file: u128) -> PathBuf {
        let mut key = Vec::with_capacity(32);
        key.extend_from_slice(&self.program.to_le_bytes());
        key.extend_from_slice(&file.to_le_bytes());
        self.dir.join(format!("{:032x}.bin", xxh3_128(&key)))
    }

    /// The checked data of the file at `path`, for the rest of the program's run: from
    /// its entry when there is a sound one, found by a hash of the file's bytes taken a
    /// piece at a time (the file is never all in memory, nor checked to be UTF-8); else
    /// as [`Cache::load`] gives it, the file read as text, its errors reported as ever.
    ///
    /// An entry found is kept in memory until the program ends, and the data's longer
    /// texts point into it instead of being copied (see [`data::from_static`]): for the
    /// start-up, not for a reload, which would keep one entry more each time. With 20,000
    /// partners, this and the hashes taken a piece at a time brought the second start from
    /// 240 to 137 ms (the README's Performance section).
    ///
    /// [`data::from_static`]: crate::data::from_static
    pub fn load_for_life(&self, path: &Path) -> Result<Dataset, DataError> {
        if let Ok(file) = hash_file(path)
            && let Some(payload) = sound_payload_for_life(&self.entry_by_hash(file))
        {
            // Sound and of this very program (the hash says so), so it decodes; were it
            // not to, its bytes would be lost for the run, and the text read below.
            if let Ok(data) = crate::data::from_static(payload) {
                return Ok(data);
            }
        }
        let source = crate::data::load::read_file(path)?;
        self.load(&path.display().to_string(), &source)
    }

    /// The checked data of `source` (named `file` in errors): from its entry when there
    /// is a sound one, else read as text, and then kept for next time if it is large.
    pub fn load(&self, file: &str, source: &str) -> Result<Dataset, DataError> {
        if source.len() < self.min_bytes {
            return load(file, source);
        }
        let entry = self.entry(source);
        if let Some(data) = std::fs::read(&entry).ok().and_then(|b| decode(&b)) {
            return Ok(data);
        }
        let data = load(file, source)?;
        // A cache that cannot be written (read-only home, full disk) costs only speed.
        let _ = self.store(&entry, &data);
        Ok(data)
    }

    fn store(&self, entry: &Path, data: &Dataset) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let temporary = entry.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&temporary, encode(data))?;
        std::fs::rename(&temporary, entry)?;
        self.prune();
        Ok(())
    }

    /// Removes all but the [`KEEP`] most recent entries.
    fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "bin"))
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.0));
        for (_, old) in found.into_iter().skip(KEEP) {
            let _ = std::fs::remove_file(old);
        }
    }
}

/// The entry's bytes: magic, a hash of the payload, the payload.
pub fn encode(data: &Dataset) -> Vec<u8> {
    let payload = postcard::to_stdvec(data).unwrap_or_default();
    let mut out = Vec::with_capacity(payload.len() + 16);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&xxh3_64(&payload).to_le_bytes());
    out.extend_from_slice(&payload);
    out
}

/// The data set in an entry, if the entry is whole and unchanged.
pub fn decode(bytes: &[u8]) -> Option<Dataset> {
    postcard::from_bytes(checked_payload(bytes)?).ok()
}

/// An entry's payload, if the entry is whole and unchanged.
fn checked_payload(bytes: &[u8]) -> Option<&[u8]> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (sum, payload) = rest.split_first_chunk::<8>()?;
    (u64::from_le_bytes(*sum) == xxh3_64(payload) && !payload.is_empty()).then_some(payload)
}

/// The payload of the entry at `path`, if the entry is whole and unchanged; its bytes are
/// then kept until the program ends (and given back if not). On Linux they are read into
/// memory the kernel is asked to back with huge pages (2 MB, transparent huge pages; where
/// those are off, or none is free, small pages as anywhere else): fresh memory costs a
/// page fault per page, and a 26 MB entry in 4 KB pages cost 6,400 of them. Side by
/// side, the 20k set's start-up: median 140.0 -> 128.4 ms (21 starts each).
fn sound_payload_for_life(path: &Path) -> Option<&'static [u8]> {
    let mut file = std::fs::File::open(path).ok()?;
    let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
    #[cfg(target_os = "linux")]
    if let Some(mut memory) = huge_pages::Memory::new(len) {
        file.read_exact(memory.bytes_mut()).ok()?;
        let at = len - checked_payload(memory.bytes())?.len();
        return Some(&memory.keep()[at..]);
    }
    let mut bytes = Vec::with_capacity(len);
    file.read_to_end(&mut bytes).ok()?;
    let at = bytes.len() - checked_payload(&bytes)?.len();
    Some(&Vec::leak(bytes)[at..])
}

#[cfg(target_os = "linux")]
mod huge_pages {
    /// The size of a huge page on x86-64 (and arm64 with 4 KB pages).
    const HUGE: usize = 2 << 20;

    /// New memory for `len` bytes, aligned to a huge page and advised to be backed by
    /// them; unmapped when dropped, unless kept.
    pub struct Memory {
        /// The whole mapping (a huge page more than needed, for the alignment).
        mapping: *mut libc::c_void,
        size: usize,
        /// Where the bytes go, and how many.
        start: *mut u8,
        len: usize,
    }

    impl Memory {
        pub fn new(len: usize) -> Option<Memory> {
            let size = len.checked_next_multiple_of(HUGE)?.checked_add(HUGE)?;
            // SAFETY: a new private anonymous mapping, at an address the kernel picks; it
            // touches no memory of the program's.
            let mapping = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    size,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                )
            };
            if mapping == libc::MAP_FAILED {
                return None;
            }
            let start = (mapping as usize).next_multiple_of(HUGE) as *mut u8;
            // SAFETY: advice on pages of the mapping just made (from `start`, the rest of
            // it less the alignment's part); if refused, they are small pages.
            unsafe { libc::madvise(start.cast(), size - HUGE, libc::MADV_HUGEPAGE) };
            Some(Memory {
                mapping,
                size,
                start,
                len,
            })
        }

        pub fn bytes(&self) -> &[u8] {
            // SAFETY: `start..start + len` lies within the mapping (readable, zeroed by
            // the kernel), borrowed for as long as `self`.
            unsafe { std::slice::from_raw_parts(self.start, self.len) }
        }

        pub fn bytes_mut(&mut self) -> &mut [u8] {
            // SAFETY: as in `bytes`, borrowed mutably for as long as `self`.
            unsafe { std::slice::from_raw_parts_mut(self.start, self.len) }
        }

        /// The bytes, never unmapped: they live as long as the program.
        pub fn keep(self) -> &'static [u8] {
            let memory = std::mem::ManuallyDrop::new(self);
            // SAFETY: as in `bytes`; the mapping is never unmapped (no drop), and no
            // `&mut` to it remains (`self` is gone).
            unsafe { std::slice::from_raw_parts(memory.start, memory.len) }
        }
    }

    impl Drop for Memory {
        fn drop(&mut self) {
            // SAFETY: the whole mapping made in `new`; no slice of it outlives `self`
            // (`keep` hands one out only without dropping).
            unsafe { libc::munmap(self.mapping, self.size) };
        }
    }
}

/// The hash (XXH3, 128 bits) of a file's bytes, read a piece at a time: the same as of
/// all its bytes at once, without ever holding them (39 MB of fresh memory for the 20k
/// data set, which cost more than reading and hashing it).
fn hash_file(path: &Path) -> std::io::Result<u128> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Xxh3::new();
    let mut piece = vec![0; 256 * 1024];
    loop {
        match file.read(&mut piece) {
            Ok(0) => return Ok(hasher.digest128()),
            Ok(n) => hasher.update(&piece[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use compact_str::CompactString;

    use super::*;

    const GOOD: &str = include_str!("../tests/data/good/towns.ron");

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("pc-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn summary(data: &Dataset) -> String {
        format!("{data:?}")
    }

    #[test]
    fn an_entry_gives_back_the_same_data_set() {
        let data = load("towns.ron", GOOD).expect("valid");
        let back = decode(&encode(&data)).expect("decodes");
        assert_eq!(summary(&back), summary(&data));
    }

    #[test]
    fn the_second_start_reads_the_entry_and_an_edit_never_sees_an_old_one() {
        let dir = temp("edit");
        let cache = Cache::new(dir.clone(), 7, 0);
        let first = cache.load("towns.ron", GOOD).expect("valid");
        let entry = cache.entry(GOOD);
        assert!(entry.exists(), "kept for next time");
        // The entry is what the next start reads: replace it with another data set's
        // entry, and that is what comes back (so it is really used).
        let edited = GOOD.replacen("Ahornfeld in Germany", "Ahornfeld-Süd in Germany", 1);
        assert_ne!(edited, GOOD);
        let other = load("towns.ron", &edited).expect("still valid");
        std::fs::write(&entry, encode(&other)).expect("writes");
        let read = cache.load("towns.ron", GOOD).expect("valid");
        assert_eq!(summary(&read), summary(&other));
        // An edit of the file has its own entry: the edit shows, whatever is cached.
        std::fs::write(&entry, encode(&first)).expect("writes");
        let after_edit = cache.load("towns.ron", &edited).expect("valid");
        assert!(summary(&after_edit).contains("Ahornfeld-Süd"));
        assert_ne!(cache.entry(&edited), entry);
        // And another build of the program looks elsewhere.
        assert_ne!(Cache::new(dir.clone(), 8, 0).entry(GOOD), entry);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_damaged_entry_is_ignored_and_a_broken_file_still_reports() {
        let dir = temp("damaged");
        let cache = Cache::new(dir.clone(), 7, 0);
        let data = cache.load("towns.ron", GOOD).expect("valid");
        let entry = cache.entry(GOOD);
        let mut bytes = std::fs::read(&entry).expect("entry");
        let last = bytes.len() - 1;
        bytes[last] ^= 0x55;
        std::fs::write(&entry, &bytes).expect("writes");
        assert!(decode(&bytes).is_none());
        let again = cache.load("towns.ron", GOOD).expect("read as text");
        assert_eq!(summary(&again), summary(&data));
        assert!(decode(&std::fs::read(&entry).expect("rewritten")).is_some());
        // A file that does not validate gives its errors, cache or not.
        let broken = format!("{GOOD}\n)");
        assert!(cache.load("towns.ron", &broken).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_hashed_piece_by_piece_has_the_hash_of_its_bytes() {
        let dir = temp("pieces");
        std::fs::create_dir_all(&dir).expect("dir");
        // Longer than two pieces, and not a whole number of them.
        let text = GOOD.repeat(700 * 1024 / GOOD.len() + 1);
        assert!(text.len() > 2 * 256 * 1024 && !text.len().is_multiple_of(256 * 1024));
        let file = dir.join("towns.ron");
        std::fs::write(&file, &text).expect("writes");
        assert_eq!(hash_file(&file).expect("reads"), xxh3_128(text.as_bytes()));
        assert_ne!(
            hash_file(&file).expect("reads"),
            xxh3_128(&text.as_bytes()[1..])
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_at_start_finds_the_entry_its_text_made_and_keeps_its_texts_in_it() {
        let dir = temp("for-life");
        let cache = Cache::new(dir.clone(), 7, 0);
        std::fs::create_dir_all(&dir).expect("dir");
        let file = dir.join("towns.ron");
        std::fs::write(&file, GOOD).expect("writes");
        // First start: no entry; the text is read, and its entry written.
        let first = cache.load_for_life(&file).expect("valid");
        let entry = cache.entry(GOOD);
        assert!(entry.exists());
        // The next start reads that entry: replaced by another data set's, that is
        // what comes back.
        let edited = GOOD.replacen("Ahornfeld in Germany", "Ahornfeld-Süd in Germany", 1);
        let other = load("towns.ron", &edited).expect("still valid");
        std::fs::write(&entry, encode(&other)).expect("writes");
        let read = cache.load_for_life(&file).expect("valid");
        assert_eq!(summary(&read), summary(&other));
        // Its longer texts are not copies: they point into the entry's bytes (kept).
        let long: Vec<&CompactString> = read
            .partners
            .iter()
            .flat_map(|p| &p.summary.0)
            .map(|(_, text)| text)
            .filter(|text| text.len() > 24)
            .collect();
        assert!(!long.is_empty());
        assert!(long.iter().all(|text| !text.is_heap_allocated()));
        // The same data, copied, as `load` reads an entry.
        let copied = cache.load("towns.ron", GOOD).expect("valid");
        assert!(copied.partners[0].summary.0[0].1.is_heap_allocated());
        // An edit of the file is read, whatever is cached for its old text.
        std::fs::write(&entry, encode(&first)).expect("writes");
        std::fs::write(&file, &edited).expect("writes");
        let after_edit = cache.load_for_life(&file).expect("valid");
        assert!(summary(&after_edit).contains("Ahornfeld-Süd"));
        // A damaged entry is ignored; a broken file reports, named.
        let mut bytes = std::fs::read(cache.entry(&edited)).expect("entry");
        let last = bytes.len() - 1;
        bytes[last] ^= 0x55;
        std::fs::write(cache.entry(&edited), &bytes).expect("writes");
        let again = cache.load_for_life(&file).expect("read as text");
        assert_eq!(summary(&again), summary(&after_edit));
        std::fs::write(&file, format!("{GOOD}\n)")).expect("writes");
        let error = cache.load_for_life(&file).expect_err("broken");
        assert!(error.file.ends_with("towns.ron"), "{error:?}");
        assert!(error.diagnostics[0].position.is_some(), "{error:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn memory_for_an_entry_is_aligned_to_a_huge_page_and_holds_what_is_read() {
        for len in [0, 1, 2 << 20, (2 << 20) + 5] {
            let mut memory = huge_pages::Memory::new(len).expect("maps");
            assert_eq!(memory.bytes().len(), len);
            assert_eq!(memory.bytes().as_ptr() as usize % (2 << 20), 0);
            assert!(memory.bytes().iter().all(|&b| b == 0), "zeroed");
            memory.bytes_mut().fill(7);
            if len > 0 {
                let kept = memory.keep();
                assert!(kept.iter().all(|&b| b == 7));
            }
        }
    }

    #[test]
    fn small_files_are_not_cached_and_only_a_few_entries_stay() {
        let dir = temp("small");
        Cache::new(dir.clone(), 7, usize::MAX)
            .load("towns.ron", GOOD)
            .expect("valid");
        assert!(!dir.exists(), "nothing written for a small file");
        let cache = Cache::new(dir.clone(), 7, 0);
        for i in 0..(KEEP + 3) {
            let text = GOOD.replacen(
                "Ahornfeld in Germany",
                &format!("Ahornfeld {i} in Germany"),
                1,
            );
            cache.load("towns.ron", &text).expect("valid");
        }
        let left = std::fs::read_dir(&dir).expect("dir").count();
        assert_eq!(left, KEEP);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
