//! How the process asks the system for memory.

/// Asks Linux for ordinary 4 KiB pages instead of transparent huge pages. The allocator reserves
/// large aligned regions, and with huge pages every first touch of one of them brings in and
/// zeroes 2 MiB: a map of 10,000 cards then holds about 25 MB more and draws a little slower.
/// Does nothing elsewhere, or if the system refuses.
pub fn prefer_small_pages() {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: PR_SET_THP_DISABLE takes plain integer arguments and only sets a flag on
        // this process; it touches no memory of ours. A refusal changes nothing but the size.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}
