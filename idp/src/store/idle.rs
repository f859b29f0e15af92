//! The connections of the readers (`sqlite_readers`, `postgres_readers`) while unused: a
//! stack, the one given back last on top, so a light load keeps reusing the same few and the
//! others age out; and how many are lent.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

pub struct Idle<C> {
    stack: Mutex<Vec<(C, Instant)>>,
    lent: AtomicUsize,
}

impl<C> Idle<C> {
    pub const fn new() -> Self {
        Self {
            stack: Mutex::new(Vec::new()),
            lent: AtomicUsize::new(0),
        }
    }

    /// The connection given back last, if any.
    pub fn take(&self) -> Option<C> {
        self.lock().pop().map(|(conn, _)| conn)
    }

    /// Counts one connection as lent until the guard is dropped (a cancelled read too).
    pub fn lend(&self) -> Lent<'_> {
        self.lent.fetch_add(1, Relaxed);
        Lent(&self.lent)
    }

    pub fn give_back(&self, conn: C) {
        self.lock().push((conn, Instant::now()));
    }

    /// Every idle connection, taken out (to be closed).
    pub fn take_all(&self) -> Vec<C> {
        self.lock().drain(..).map(|(conn, _)| conn).collect()
    }

    /// The connections unused for `after` or longer by `now`, taken out (to be closed).
    pub fn take_stale(&self, after: Duration, now: Instant) -> Vec<C> {
        let mut stack = self.lock();
        // The oldest are at the bottom.
        let count = stack
            .iter()
            .take_while(|(_, since)| now.duration_since(*since) >= after)
            .count();
        stack.drain(..count).map(|(conn, _)| conn).collect()
    }

    /// Open connections: idle, and lent now.
    pub fn usage(&self) -> super::PoolUsage {
        super::PoolUsage {
            idle: self.lock().len(),
            in_use: self.lent.load(Relaxed),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Vec<(C, Instant)>> {
        // A panic while holding the lock leaves nothing half-done (a push, a pop, a drain).
        self.stack
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl<C> Default for Idle<C> {
    fn default() -> Self {
        Self::new()
    }
}

/// Every `after`, until `owner` is dropped, hands the connections of `idle_of(owner)` unused
/// for `after` to `close` (a task of the runtime, one per reader pool).
pub async fn close_stale_every<T, C, Fut>(
    owner: std::sync::Weak<T>,
    idle_of: fn(&T) -> &Idle<C>,
    after: Duration,
    close: impl Fn(Vec<C>) -> Fut,
) where
    Fut: std::future::Future<Output = ()>,
{
    let mut every = tokio::time::interval(after);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        let Some(owner) = owner.upgrade() else {
            return;
        };
        let stale = idle_of(&owner).take_stale(after, Instant::now());
        drop(owner);
        close(stale).await;
    }
}

/// A lent connection, counted until dropped.
pub struct Lent<'a>(&'a AtomicUsize);

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_given_back_is_lent_first_and_the_oldest_go_stale_first() {
        let idle = Idle::new();
        let start = Instant::now();
        idle.lock().push(("old", start));
        idle.lock().push(("new", start + Duration::from_secs(5)));
        assert_eq!(idle.usage().idle, 2);
        // At start + 6 s, only "old" has been unused for 5 s or more.
        let stale = idle.take_stale(Duration::from_secs(5), start + Duration::from_secs(6));
        assert_eq!(stale, vec!["old"]);
        {
            let _lent = idle.lend();
            assert_eq!(idle.take(), Some("new"));
            assert_eq!(idle.usage().in_use, 1);
        }
        assert_eq!(idle.usage().in_use, 0);
        assert_eq!(idle.take(), None);
        idle.give_back("again");
        assert_eq!(idle.take_all(), vec!["again"]);
    }
}
