//! Free disk space, said before the long steps: a full disk fails deep inside a link
//! (`ld terminated with signal 7 [Bus error]`) after many minutes, which says nothing
//! about the cause. Saying it first, in plain words, saves that run.

use std::process::Command;

use crate::project::Project;

/// What `cargo xtask test` writes from an empty `target/` (measured 2.7 GB, README), with room.
pub const NEEDED_GB: u64 = 5;

/// Prints the free space where `target/` lives and warns when it is below what a full
/// run needs. Never fails the run: `df` may be missing, and the estimate is an estimate.
pub fn report(project: &Project) {
    match free_gb(project) {
        Some(free) if free < NEEDED_GB => println!(
            "[disk] warning: {free} GB free at {}; a run from an empty target/ writes about \
             {NEEDED_GB} GB. Free some space (old target/ folders) if a step fails to link.",
            project.root.display()
        ),
        Some(free) => println!("[disk] {free} GB free (a full run writes about {NEEDED_GB} GB)"),
        None => println!("[disk] could not read the free space (`df`); carrying on"),
    }
}

fn free_gb(project: &Project) -> Option<u64> {
    let out = Command::new("df")
        .args(["-Pk"])
        .arg(&project.root)
        .output()
        .ok()?;
    available_kib(&String::from_utf8_lossy(&out.stdout)).map(|kib| kib / (1024 * 1024))
}

/// The "Available" column (KiB) of `df -Pk`'s one data line.
fn available_kib(df: &str) -> Option<u64> {
    df.lines().nth(1)?.split_whitespace().nth(3)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::available_kib;

    #[test]
    fn reads_the_available_column() {
        let df = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n\
                  /dev/vda         264108036 16777216  79691776      18% /\n";
        assert_eq!(available_kib(df), Some(79_691_776));
        assert_eq!(available_kib("Filesystem\n"), None);
    }
}
