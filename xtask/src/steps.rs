//! A sequence of named steps: timed, stopped at the first failure, summarised at the end.

use std::time::{Duration, Instant};

/// Test counts read from the runners' own closing lines.
#[derive(Default, Debug, PartialEq)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
}

impl Counts {
    /// Adds the numbers from one output line if it is a runner's summary line:
    /// cargo test / wasm-bindgen-test (`test result: ok. 3 passed; 0 failed; ...`) or
    /// node's TAP reporter (`# pass 3`, `# fail 0`).
    pub fn scan(&mut self, line: &str) {
        if let Some(rest) = line.trim().strip_prefix("test result: ") {
            for part in rest.split([';', '.']) {
                let mut words = part.split_whitespace();
                match (
                    words.next().and_then(|n| n.parse::<u64>().ok()),
                    words.next(),
                ) {
                    (Some(n), Some("passed")) => self.passed += n,
                    (Some(n), Some("failed")) => self.failed += n,
                    _ => {}
                }
            }
        } else if let Some(n) = line.strip_prefix("# pass ") {
            self.passed += n.trim().parse::<u64>().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("# fail ") {
            self.failed += n.trim().parse::<u64>().unwrap_or(0);
        }
    }
}

struct Record {
    name: String,
    took: Duration,
    ok: bool,
}

/// Runs steps in order and remembers how each went.
#[derive(Default)]
pub struct Steps {
    records: Vec<Record>,
    /// Totals over every test runner that ran.
    pub counts: Counts,
}

impl Steps {
    /// Runs one step; on failure the error names the step so the last line says it all.
    pub fn run(
        &mut self,
        name: &str,
        body: impl FnOnce(&mut Counts) -> Result<(), String>,
    ) -> Result<(), String> {
        println!("\n==> {name}");
        let started = Instant::now();
        let result = body(&mut self.counts);
        self.records.push(Record {
            name: name.to_string(),
            took: started.elapsed(),
            ok: result.is_ok(),
        });
        result.map_err(|e| format!("step `{name}` failed: {e}"))
    }

    /// The table of steps and durations.
    pub fn summary(&self) -> String {
        let width = self
            .records
            .iter()
            .map(|r| r.name.len())
            .max()
            .unwrap_or(4)
            .max(4);
        let mut out = format!("\n{:<width$}  {:>8}  result\n", "step", "time");
        let mut total = Duration::ZERO;
        for r in &self.records {
            total += r.took;
            let result = if r.ok { "ok" } else { "FAILED" };
            out += &format!("{:<width$}  {:>8}  {result}\n", r.name, secs(r.took));
        }
        out += &format!("{:<width$}  {:>8}\n", "total", secs(total));
        out
    }
}

fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_and_tap_summaries_and_ignores_the_rest() {
        let mut counts = Counts::default();
        for line in [
            "test result: ok. 12 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s",
            "test result: FAILED. 3 passed; 2 failed; 0 ignored",
            "# pass 4",
            "# fail 1",
            "ok 1 - 7 passed tests",
        ] {
            counts.scan(line);
        }
        assert_eq!(
            counts,
            Counts {
                passed: 19,
                failed: 3
            }
        );
    }

    #[test]
    fn failing_step_is_named_and_recorded() {
        let mut steps = Steps::default();
        assert!(steps.run("fine", |_| Ok(())).is_ok());
        let err = steps.run("broken", |_| Err("exit 1".into())).unwrap_err();
        assert_eq!(err, "step `broken` failed: exit 1");
        let table = steps.summary();
        assert!(table.contains("broken") && table.contains("FAILED"));
    }
}
