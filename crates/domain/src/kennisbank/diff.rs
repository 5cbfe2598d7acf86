//! A side-by-side comparison of two versions of a text, line by line (longest common
//! subsequence). Articles are a few hundred lines at most, so the quadratic table is fine.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Same,
    Removed,
    Added,
    Changed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub change: Change,
    pub old: Option<String>,
    pub new: Option<String>,
}

pub fn side_by_side(old: &str, new: &str) -> Vec<Row> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut removed, mut added): (Vec<String>, Vec<String>) = (vec![], vec![]);
    let mut rows = vec![];
    let flush = |rows: &mut Vec<Row>, removed: &mut Vec<String>, added: &mut Vec<String>| {
        let n = removed.len().max(added.len());
        let (mut r, mut a) = (removed.drain(..), added.drain(..));
        for _ in 0..n {
            let (old, new) = (r.next(), a.next());
            let change = match (&old, &new) {
                (Some(_), Some(_)) => Change::Changed,
                (Some(_), None) => Change::Removed,
                _ => Change::Added,
            };
            rows.push(Row { change, old, new });
        }
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            flush(&mut rows, &mut removed, &mut added);
            rows.push(Row { change: Change::Same, old: Some(a[i].to_owned()), new: Some(b[j].to_owned()) });
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            added.push(b[j].to_owned());
            j += 1;
        } else {
            removed.push(a[i].to_owned());
            i += 1;
        }
    }
    flush(&mut rows, &mut removed, &mut added);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_pair_changes_and_keep_the_rest() {
        let rows = side_by_side("a\nb\nc\nd", "a\nB\nc\nd\ne");
        let kinds: Vec<_> = rows.iter().map(|r| r.change).collect();
        assert_eq!(kinds, vec![Change::Same, Change::Changed, Change::Same, Change::Same, Change::Added]);
        assert_eq!(rows[1].old.as_deref(), Some("b"));
        assert_eq!(rows[1].new.as_deref(), Some("B"));
        assert_eq!(side_by_side("x", "x").len(), 1);
        let gone = side_by_side("x\ny", "y");
        assert_eq!(gone[0].change, Change::Removed);
    }

    proptest::proptest! {
        #[test]
        fn both_sides_are_kept_in_order(old in proptest::collection::vec("[abc]{0,2}", 0..12), new in proptest::collection::vec("[abc]{0,2}", 0..12)) {
            let (o, n) = (old.join("\n"), new.join("\n"));
            let rows = side_by_side(&o, &n);
            let left: Vec<String> = rows.iter().filter_map(|r| r.old.clone()).collect();
            let right: Vec<String> = rows.iter().filter_map(|r| r.new.clone()).collect();
            proptest::prop_assert_eq!(left, o.lines().map(str::to_owned).collect::<Vec<_>>());
            proptest::prop_assert_eq!(right, n.lines().map(str::to_owned).collect::<Vec<_>>());
        }
    }
}
