//! Point reads by key that wait together (issue 18, decision 0057).
//!
//! On PostgreSQL, a read by primary key costs PostgreSQL about as much CPU as it costs us,
//! almost all of it per statement (its protocol messages, the executor's start and end, the
//! wake-ups of both processes), not per row. Reads of one query that arrive while a statement
//! of it is under way wait, and go together as one statement (`WHERE key = ANY($1)`) when it
//! comes back. A read that finds none under way is sent at once, so a quiet server answers
//! as before; under load, a statement carries a few reads.
//!
//! The statement runs on a task of its own, so a request that goes away while waiting takes
//! nothing from the others. A statement that fails fails every read that went with it, each
//! with an error of the same kind (a lost connection stays a 503).

use sea_orm::{ConnAcquireErr, DbErr};
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::oneshot;

/// Statements of one query under way at once: while one is at PostgreSQL, the answers of the
/// other are being used, and what arrives meanwhile gathers for the next.
pub const IN_FLIGHT: usize = 1;
/// The most keys one statement asks for.
pub const MAX_KEYS: usize = 64;

type Answer<V> = Result<Option<V>, DbErr>;

struct Waiter<V> {
    key: String,
    answer: oneshot::Sender<Answer<V>>,
}

struct State<V> {
    waiting: Vec<Waiter<V>>,
    in_flight: usize,
}

/// The reads of one query on one database.
pub struct Coalesced<V> {
    state: Mutex<State<V>>,
    key_of: fn(&V) -> &str,
}

impl<V: Clone + Send + 'static> Coalesced<V> {
    /// Reads whose rows are found by `key_of`: the key they were asked for.
    pub fn new(key_of: fn(&V) -> &str) -> Self {
        Self {
            state: Mutex::new(State {
                waiting: Vec::new(),
                in_flight: 0,
            }),
            key_of,
        }
    }

    /// The row of `key`, read by `read` (given the keys of one statement, it returns their
    /// rows, in any order, none for a key without one), alone or with other keys.
    pub async fn get<R, Fut>(self: &Arc<Self>, key: &str, read: R) -> Answer<V>
    where
        R: Fn(Vec<String>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<V>, DbErr>> + Send + 'static,
    {
        let (answer, answered) = oneshot::channel();
        let start = {
            let mut state = self.lock();
            state.waiting.push(Waiter {
                key: key.to_owned(),
                answer,
            });
            (state.in_flight < IN_FLIGHT).then(|| {
                state.in_flight += 1;
                take(&mut state.waiting)
            })
        };
        if let Some(batch) = start {
            let under_way = UnderWay {
                reads: Arc::clone(self),
                finished: false,
            };
            tokio::spawn(under_way.run(batch, read));
        }
        answered
            .await
            // The task ended without answering: it panicked, or the runtime is shutting down.
            .unwrap_or(Err(DbErr::ConnectionAcquire(
                ConnAcquireErr::ConnectionClosed,
            )))
    }

    /// Reads waiting for a statement under way.
    pub fn waiting(&self) -> usize {
        self.lock().waiting.len()
    }

    fn lock(&self) -> MutexGuard<'_, State<V>> {
        // Every change under the lock is a push, a drain or a count: nothing is left half-done.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn answer(&self, batch: Vec<Waiter<V>>, rows: Result<Vec<V>, DbErr>) {
        match rows {
            Ok(rows) => {
                for waiter in batch {
                    let row = rows.iter().find(|row| (self.key_of)(row) == waiter.key);
                    let _ = waiter.answer.send(Ok(row.cloned()));
                }
            }
            Err(e) => {
                let lost = super::connection_lost(&e);
                let mut first = Some(e);
                for waiter in batch {
                    let e = first.take().unwrap_or_else(|| same_kind(lost));
                    let _ = waiter.answer.send(Err(e));
                }
            }
        }
    }
}

/// An error that [`super::connection_lost`] classifies as it did the original (`DbErr` cannot
/// be cloned).
fn same_kind(lost: bool) -> DbErr {
    if lost {
        DbErr::ConnectionAcquire(ConnAcquireErr::ConnectionClosed)
    } else {
        DbErr::Custom("the read of several keys failed".into())
    }
}

/// The first [`MAX_KEYS`] waiting, in the order they came.
fn take<V>(waiting: &mut Vec<Waiter<V>>) -> Vec<Waiter<V>> {
    let n = waiting.len().min(MAX_KEYS);
    waiting.drain(..n).collect()
}

/// One of the [`IN_FLIGHT`] statements' turns: it reads, answers, and reads again for what
/// gathered meanwhile, until nothing waits.
struct UnderWay<V: Clone + Send + 'static> {
    reads: Arc<Coalesced<V>>,
    /// Set when the turn ended with nothing waiting, its count already taken back.
    finished: bool,
}

impl<V: Clone + Send + 'static> UnderWay<V> {
    async fn run<R, Fut>(mut self, mut batch: Vec<Waiter<V>>, read: R)
    where
        R: Fn(Vec<String>) -> Fut,
        Fut: Future<Output = Result<Vec<V>, DbErr>>,
    {
        loop {
            let keys = batch.iter().map(|w| w.key.clone()).collect();
            let rows = read(keys).await;
            self.reads.answer(batch, rows);
            let mut state = self.reads.lock();
            if state.waiting.is_empty() {
                // Counted down under the same lock that found nothing waiting, so a read
                // arriving now starts a statement of its own.
                state.in_flight -= 1;
                drop(state);
                self.finished = true;
                return;
            }
            batch = take(&mut state.waiting);
        }
    }
}

impl<V: Clone + Send + 'static> Drop for UnderWay<V> {
    /// Only when the turn ended abnormally (a panic, the runtime shutting down): what waits
    /// is left to the other turn, or, with none, told that the read failed.
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut state = self.reads.lock();
        state.in_flight -= 1;
        if state.in_flight == 0 {
            state.waiting.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicBool, Ordering};
    use tokio::sync::Notify;

    type Row = (String, u32);

    /// One statement of [`Fake`]'s, under way.
    type Reading = std::pin::Pin<Box<dyn Future<Output = Result<Vec<Row>, DbErr>> + Send>>;

    fn key_of(row: &Row) -> &str {
        &row.0
    }

    /// A store of rows `a` -> 1, `b` -> 2, `c` -> 3 whose reads wait for `gate` and record the
    /// keys of each statement.
    struct Fake {
        gate: Notify,
        statements: Mutex<Vec<Vec<String>>>,
        fail: AtomicBool,
    }

    impl Fake {
        fn new() -> Arc<Self> {
            Arc::new(Self {
                gate: Notify::new(),
                statements: Mutex::new(Vec::new()),
                fail: AtomicBool::new(false),
            })
        }

        fn reader(self: &Arc<Self>) -> impl Fn(Vec<String>) -> Reading + Send + Sync + 'static {
            let fake = Arc::clone(self);
            move |keys| {
                let fake = Arc::clone(&fake);
                Box::pin(async move {
                    fake.statements.lock().unwrap().push(keys.clone());
                    fake.gate.notified().await;
                    if fake.fail.load(Ordering::SeqCst) {
                        return Err(DbErr::Conn(sea_orm::RuntimeErr::Internal("gone".into())));
                    }
                    let table = [("a", 1), ("b", 2), ("c", 3)];
                    Ok(table
                        .iter()
                        .filter(|(k, _)| keys.iter().any(|key| key == k))
                        .map(|(k, v)| (k.to_string(), *v))
                        .collect())
                })
            }
        }

        fn statements(&self) -> Vec<Vec<String>> {
            self.statements.lock().unwrap().clone()
        }
    }

    /// Lets the runtime run every task that can run.
    async fn settle() {
        for _ in 0..50 {
            tokio::task::yield_now().await;
        }
    }

    #[tokio::test]
    async fn reads_arriving_while_a_statement_is_under_way_go_together() {
        assert_eq!(
            IN_FLIGHT, 1,
            "this test counts the statements of one at a time"
        );
        let fake = Fake::new();
        let reads = Arc::new(Coalesced::new(key_of));
        let mut tasks = Vec::new();
        for key in ["a", "b", "x", "c", "a", "b"] {
            let reads = Arc::clone(&reads);
            let read = fake.reader();
            tasks.push(tokio::spawn(async move { reads.get(key, read).await }));
            settle().await;
        }
        // The first went alone, at once; the other five wait for it.
        assert_eq!(fake.statements(), vec![vec!["a"]]);
        assert_eq!(reads.waiting(), 5);
        fake.gate.notify_one();
        settle().await;
        assert_eq!(
            fake.statements()[1],
            vec!["b", "x", "c", "a", "b"],
            "what waited went as one statement"
        );
        fake.gate.notify_one();
        settle().await;
        assert_eq!(
            answers(tasks).await,
            vec![Some(1), Some(2), None, Some(3), Some(1), Some(2)]
        );
        assert_eq!(fake.statements().len(), 2);
        // Nothing under way now: the next read goes at once, alone.
        let read = fake.reader();
        let next = tokio::spawn({
            let reads = Arc::clone(&reads);
            async move { reads.get("c", read).await }
        });
        settle().await;
        assert_eq!(fake.statements()[2], vec!["c"]);
        fake.gate.notify_one();
        assert_eq!(next.await.unwrap().unwrap(), Some(("c".to_string(), 3)));
    }

    #[tokio::test]
    async fn a_lost_connection_is_a_lost_connection_for_every_read_of_its_statement() {
        let fake = Fake::new();
        fake.fail.store(true, Ordering::SeqCst);
        let reads = Arc::new(Coalesced::new(key_of));
        let mut tasks = Vec::new();
        for key in ["a", "b", "c", "a"] {
            let reads = Arc::clone(&reads);
            let read = fake.reader();
            tasks.push(tokio::spawn(async move { reads.get(key, read).await }));
            settle().await;
        }
        for _ in 0..2 {
            fake.gate.notify_one();
            settle().await;
        }
        assert_eq!(fake.statements().len(), 2);
        for task in tasks {
            let e = task.await.unwrap().unwrap_err();
            assert!(super::super::connection_lost(&e), "{e}");
        }
    }

    #[tokio::test]
    async fn a_read_that_goes_away_takes_nothing_from_the_others() {
        let fake = Fake::new();
        let reads = Arc::new(Coalesced::new(key_of));
        let mut tasks = Vec::new();
        for key in ["a", "b", "c"] {
            let reads = Arc::clone(&reads);
            let read = fake.reader();
            tasks.push(tokio::spawn(async move { reads.get(key, read).await }));
            settle().await;
        }
        // The first read's request goes away while its statement is at the database.
        tasks.remove(0).abort();
        settle().await;
        for _ in 0..3 {
            fake.gate.notify_one();
            settle().await;
        }
        assert_eq!(answers(tasks).await, vec![Some(2), Some(3)]);
    }

    /// What each read found: the row's number.
    async fn answers(tasks: Vec<tokio::task::JoinHandle<Answer<Row>>>) -> Vec<Option<u32>> {
        let mut out = Vec::new();
        for task in tasks {
            out.push(task.await.unwrap().unwrap().map(|row| row.1));
        }
        out
    }
}
