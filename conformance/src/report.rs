//! Results: PASSED / FAILED / WARNING / SKIPPED, the table, the JSON report and the summary line.

use serde::Serialize;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "UPPERCASE")]
pub enum Result_ {
    Passed,
    Failed,
    Warning,
    Skipped,
}

impl Result_ {
    pub fn label(self) -> &'static str {
        match self {
            Self::Passed => "PASSED",
            Self::Failed => "FAILED",
            Self::Warning => "WARNING",
            Self::Skipped => "SKIPPED",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub plan: String,
    pub module: String,
    pub result: Result_,
    pub reason: String,
    pub warnings: Vec<String>,
    pub duration_ms: u128,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub issuer: String,
    pub entries: Vec<Entry>,
    pub passed: usize,
    pub failed: usize,
    pub warnings: usize,
    pub skipped: usize,
}

impl Report {
    pub fn new(issuer: &str, entries: Vec<Entry>) -> Self {
        let count = |r| entries.iter().filter(|e| e.result == r).count();
        Self {
            issuer: issuer.to_string(),
            passed: count(Result_::Passed),
            failed: count(Result_::Failed),
            warnings: count(Result_::Warning),
            skipped: count(Result_::Skipped),
            entries,
        }
    }

    /// The table printed on stdout.
    pub fn table(&self) -> String {
        let width = self
            .entries
            .iter()
            .map(|e| e.module.len())
            .max()
            .unwrap_or(6)
            .max(6);
        let mut out = format!("{:<width$}  {:<7}  reason\n", "module", "result");
        let mut plan = "";
        for e in &self.entries {
            if e.plan != plan {
                plan = &e.plan;
                out.push_str(&format!("# {plan}\n"));
            }
            let reason = one_line(&e.reason);
            out.push_str(&format!(
                "{:<width$}  {:<7}  {}\n",
                e.module,
                e.result.label(),
                reason
            ));
        }
        out
    }

    /// The line before the last, when there are warnings or skips: `K warnings, L skipped`.
    pub fn others(&self) -> Option<String> {
        let mut parts = Vec::new();
        if self.warnings > 0 {
            parts.push(format!("{} warnings", self.warnings));
        }
        if self.skipped > 0 {
            parts.push(format!("{} skipped", self.skipped));
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    /// The final line: `N passed, M failed` (N counts PASSED modules only).
    pub fn summary(&self) -> String {
        format!("{} passed, {} failed", self.passed, self.failed)
    }
}

fn one_line(s: &str) -> String {
    let s: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() > 160 {
        let cut: String = s.chars().take(157).collect();
        format!("{cut}...")
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(result: Result_) -> Entry {
        Entry {
            plan: "p".into(),
            module: "m".into(),
            result,
            reason: String::new(),
            warnings: Vec::new(),
            duration_ms: 0,
        }
    }

    #[test]
    fn the_last_line_is_passed_and_failed_only() {
        let r = Report::new(
            "http://op",
            vec![
                entry(Result_::Passed),
                entry(Result_::Passed),
                entry(Result_::Failed),
                entry(Result_::Warning),
                entry(Result_::Skipped),
            ],
        );
        assert_eq!(r.summary(), "2 passed, 1 failed");
        assert_eq!(r.others().as_deref(), Some("1 warnings, 1 skipped"));
        let clean = Report::new("http://op", vec![entry(Result_::Passed)]);
        assert_eq!(clean.summary(), "1 passed, 0 failed");
        assert_eq!(clean.others(), None);
    }
}
