//! Work spread over every core, with the results taken in the order of the items: `lede
//! analyze` analyses files and renders documents this way, so the output is the same as one
//! core's while memory holds only the few items in flight.

use std::collections::{BTreeMap, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Mutex, mpsc};

/// One item as the source gives it: work for a worker thread, or a result already at hand
/// (an analysis taken from the library database, say), which keeps its place in the order.
pub enum Job<I, O> {
    /// To be done by `work` on a worker.
    Todo(I),
    /// Already done.
    Done(O),
}

/// Hands the items `next` gives to `work` on a thread per core and gives the results to
/// `take` in the items' order with their index. A result is `None` when `work` panicked on
/// the item: the caller says what was lost, and the other items go on. The first error from
/// `next` or `take` stops it.
///
/// Items travel to the workers in batches of about `batch` by `weight` (bytes of text, say):
/// each hand-off between threads wakes one and costs two context switches, as much as the
/// work on a short article, while a batch of short articles pays it once. An item of
/// `batch` or more travels alone. At most `ahead` batches per core are given beyond the
/// results taken, so memory holds only the few items in flight.
pub fn in_order<I: Send, O: Send, E>(
    ahead: usize,
    batch: usize,
    weight: impl Fn(&I) -> usize,
    mut next: impl FnMut() -> Result<Option<Job<I, O>>, E>,
    work: impl Fn(I) -> O + Sync,
    mut take: impl FnMut(usize, Option<O>) -> Result<(), E>,
) -> Result<(), E> {
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .max(1);
    let window = workers * ahead.max(1);
    let (job_send, job_receive) = mpsc::sync_channel::<Vec<(usize, I)>>(window);
    let job_receive = Mutex::new(job_receive);
    std::thread::scope(|scope| {
        let (done_send, done_receive) = mpsc::channel::<Vec<(usize, Option<O>)>>();
        for _ in 0..workers {
            let (jobs, done, work) = (&job_receive, done_send.clone(), &work);
            scope.spawn(move || {
                loop {
                    let job = match jobs.lock() {
                        Ok(jobs) => jobs.recv(),
                        Err(_) => return,
                    };
                    let Ok(items) = job else {
                        return;
                    };
                    let results = items
                        .into_iter()
                        .map(|(index, item)| {
                            (index, catch_unwind(AssertUnwindSafe(|| work(item))).ok())
                        })
                        .collect();
                    if done.send(results).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_send);
        // Results that came before their turn, by index.
        let mut waiting: BTreeMap<usize, Option<O>> = BTreeMap::new();
        // Where each batch given and not yet wholly taken ends, oldest first.
        let mut open: VecDeque<usize> = VecDeque::new();
        let (mut given, mut taken) = (0, 0);
        // Dropped when the source is done, so the workers end once the queue is empty (and
        // on an early return, before the scope waits for them).
        let mut job_send = Some(job_send);
        loop {
            while open.front().is_some_and(|&end| end <= taken) {
                open.pop_front();
            }
            while open.len() < window
                && let Some(send) = &job_send
            {
                let (items, exhausted) =
                    gather(batch, &weight, &mut next, &mut given, &mut waiting)?;
                if !items.is_empty()
                    && let Err(mpsc::SendError(lost)) = send.send(items)
                {
                    waiting.extend(lost.into_iter().map(|(index, _)| (index, None)));
                }
                open.push_back(given);
                if exhausted {
                    job_send = None;
                }
            }
            if let Some(out) = waiting.remove(&taken) {
                take(taken, out)?;
                taken += 1;
            } else if taken == given && job_send.is_none() {
                return Ok(());
            } else if let Ok(results) = done_receive.recv() {
                waiting.extend(results);
            } else {
                // Every worker has ended: what they did not send back is lost.
                for index in taken..given {
                    take(index, waiting.remove(&index).flatten())?;
                }
                return Ok(());
            }
        }
    })
}

/// The next batch of items from `next`, numbered from `given` on, up to `batch` by `weight`
/// or the first item already done (put in `waiting`, so a library served from the database
/// is still held a few items at a time), and whether the source is exhausted.
fn gather<I, O, E>(
    batch: usize,
    weight: &impl Fn(&I) -> usize,
    next: &mut impl FnMut() -> Result<Option<Job<I, O>>, E>,
    given: &mut usize,
    waiting: &mut BTreeMap<usize, Option<O>>,
) -> Result<(Vec<(usize, I)>, bool), E> {
    let mut items = Vec::new();
    let mut load = 0;
    while load < batch {
        match next()? {
            Some(Job::Todo(item)) => {
                load += weight(&item).max(1);
                items.push((*given, item));
                *given += 1;
            }
            Some(Job::Done(out)) => {
                waiting.insert(*given, Some(out));
                *given += 1;
                break;
            }
            None => return Ok((items, true)),
        }
    }
    Ok((items, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `in_order` over `items`, some already done, and gives what `take` saw.
    fn run(
        items: Vec<Job<u64, u64>>,
        work: impl Fn(u64) -> u64 + Sync,
    ) -> Vec<(usize, Option<u64>)> {
        let mut items = items.into_iter();
        let mut seen = Vec::new();
        // Batches of three items, so hand-offs carry several and results come back in groups.
        let done: Result<(), ()> = in_order(
            2,
            3,
            |_| 1,
            || Ok(items.next()),
            work,
            |index, out| {
                seen.push((index, out));
                Ok(())
            },
        );
        assert_eq!(done, Ok(()));
        seen
    }

    #[test]
    fn results_come_in_the_items_order_whatever_the_work_takes() {
        let items = (0..200u64)
            .map(|n| {
                if n % 7 == 0 {
                    Job::Done(n * 10)
                } else {
                    Job::Todo(n)
                }
            })
            .collect();
        // Early items take longest, so later ones finish first.
        let seen = run(items, |n| {
            std::thread::sleep(std::time::Duration::from_micros(200 - n));
            n * 10
        });
        let expected: Vec<(usize, Option<u64>)> =
            (0..200).map(|n| (n, Some(n as u64 * 10))).collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn a_panic_loses_only_its_own_item() {
        let items = (0..20u64).map(Job::Todo).collect();
        let seen = run(items, |n| {
            assert_ne!(n, 5, "a deliberate panic");
            n
        });
        assert_eq!(seen.len(), 20);
        assert_eq!(seen[5], (5, None));
        assert!(
            seen.iter()
                .filter(|(i, _)| *i != 5)
                .all(|(i, out)| *out == Some(*i as u64))
        );
    }

    /// However fast the source, only a few batches are out at once: the items given and not
    /// yet taken stay under the window of batches plus the one being gathered.
    #[test]
    fn only_a_few_batches_are_in_flight() {
        let workers = std::thread::available_parallelism().map_or(1, usize::from);
        let (ahead, batch) = (2, 5);
        let counts = std::cell::Cell::new((0usize, 0usize));
        let mut most = 0;
        let done: Result<(), ()> = in_order(
            ahead,
            batch,
            |_| 1,
            || {
                let (given, taken) = counts.get();
                most = most.max(given - taken);
                counts.set((given + 1, taken));
                Ok((given < 500).then_some(Job::Todo(given)))
            },
            |n: usize| n * 2,
            |index, out| {
                assert_eq!(out, Some(index * 2));
                let (given, taken) = counts.get();
                counts.set((given, taken + 1));
                Ok(())
            },
        );
        assert_eq!(done, Ok(()));
        assert_eq!(counts.get().1, 500);
        assert!(
            most <= (workers * ahead + 1) * batch,
            "{most} items out at once"
        );
    }

    #[test]
    fn the_first_error_stops_it() {
        let mut n = 0;
        let mut taken = 0;
        let done = in_order(
            1,
            1,
            |_| 1,
            || {
                n += 1;
                if n > 50 {
                    Err("source failed")
                } else {
                    Ok(Some(Job::Todo(n)))
                }
            },
            |n: i32| n,
            |_, _| {
                taken += 1;
                Ok(())
            },
        );
        assert_eq!(done, Err("source failed"));
        assert!(taken < 50);
    }
}
