//! A uniform grid over node positions, for the view's hover and click tests
//! and viewport culling: finding what is under the pointer or inside the
//! screen costs the few cells involved, not a scan of every node.
//!
//! The grid is stored compressed (cell → run of node indices in one array),
//! so building it is two passes over the nodes and no per-cell allocation.
//! Its cell count is capped at a small multiple of the node count: for very
//! spread-out points the cells grow instead of the memory. Nodes with
//! non-finite positions, or masked out, are not indexed. Rebuild it when the
//! positions change (cheap: O(n)).

/// A grid of buckets over 2-D points.
#[derive(Clone, Debug, Default)]
pub struct SpatialIndex {
    origin: [f32; 2],
    cell_size: f32,
    columns: usize,
    rows: usize,
    /// Cell `c` holds `items[cell_starts[c]..cell_starts[c + 1]]`.
    cell_starts: Vec<u32>,
    items: Vec<u32>,
    positions: Vec<[f32; 2]>,
}

impl SpatialIndex {
    /// Indexes every finite position. `cell_size` (world units) is best
    /// about the typical query size (e.g. node spacing).
    pub fn build(positions: &[[f32; 2]], cell_size: f32) -> Self {
        Self::build_masked(positions, cell_size, None)
    }

    /// Indexes the finite positions whose `mask` flag is true (`None`: all).
    pub fn build_masked(positions: &[[f32; 2]], cell_size: f32, mask: Option<&[bool]>) -> Self {
        let included = |node: usize, p: &[f32; 2]| {
            p[0].is_finite()
                && p[1].is_finite()
                && mask.is_none_or(|m| m.get(node).copied().unwrap_or(false))
        };
        let mut min = [f32::INFINITY; 2];
        let mut max = [f32::NEG_INFINITY; 2];
        let mut count = 0usize;
        for (node, p) in positions.iter().enumerate() {
            if included(node, p) {
                count += 1;
                for axis in 0..2 {
                    min[axis] = min[axis].min(p[axis]);
                    max[axis] = max[axis].max(p[axis]);
                }
            }
        }
        if count == 0 {
            return Self {
                cell_size: 1.0,
                cell_starts: vec![0],
                ..Self::default()
            };
        }
        let width = (max[0] - min[0]).max(0.0);
        let height = (max[1] - min[1]).max(0.0);
        let mut cell_size = if cell_size.is_finite() && cell_size > 0.0 { cell_size } else { 1.0 };
        // Cap the number of cells at about 4 per point.
        let max_cells = (4 * count + 16) as f64;
        let cells_for = |size: f32| {
            ((f64::from(width) / f64::from(size)).floor() + 1.0)
                * ((f64::from(height) / f64::from(size)).floor() + 1.0)
        };
        while cells_for(cell_size) > max_cells {
            cell_size *= 1.5;
        }
        let columns = (width / cell_size) as usize + 1;
        let rows = (height / cell_size) as usize + 1;

        let mut index = Self {
            origin: min,
            cell_size,
            columns,
            rows,
            cell_starts: vec![0; columns * rows + 1],
            items: vec![0; count],
            positions: positions.to_vec(),
        };
        // Counting sort of the nodes by cell.
        let mut cell_of = Vec::with_capacity(count);
        for (node, p) in positions.iter().enumerate() {
            if included(node, p) {
                let cell = index.cell_containing(*p);
                cell_of.push((node as u32, cell));
                if let Some(start) = index.cell_starts.get_mut(cell + 1) {
                    *start += 1;
                }
            }
        }
        for c in 1..index.cell_starts.len() {
            let before = index.cell_starts.get(c - 1).copied().unwrap_or(0);
            if let Some(start) = index.cell_starts.get_mut(c) {
                *start += before;
            }
        }
        let mut fill = index.cell_starts.clone();
        for (node, cell) in cell_of {
            if let Some(slot) = fill.get_mut(cell) {
                if let Some(item) = index.items.get_mut(*slot as usize) {
                    *item = node;
                }
                *slot += 1;
            }
        }
        index
    }

    /// Number of indexed points.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The indexed node nearest to `point` within `max_dist`, if any. Ties go
    /// to the smaller node index.
    pub fn nearest(&self, point: [f32; 2], max_dist: f32) -> Option<usize> {
        if self.items.is_empty() || !(point[0].is_finite() && point[1].is_finite()) {
            return None;
        }
        let (column, row) = self.cell_coordinates(point);
        let mut best: Option<(f32, u32)> = None;
        // Rings of cells around the point's cell, from the first that touches
        // the grid to the last that does.
        let outside = |at: i64, size: usize| {
            if at < 0 {
                -at
            } else {
                (at - size as i64 + 1).max(0)
            }
        };
        let first_ring = outside(column, self.columns).max(outside(row, self.rows));
        let last_ring = [column, self.columns as i64 - 1 - column, row, self.rows as i64 - 1 - row]
            .into_iter()
            .map(i64::abs)
            .max()
            .unwrap_or(0);
        for ring in first_ring..=last_ring.max(first_ring) {
            let ring_distance = (ring - 1).max(0) as f32 * self.cell_size;
            let limit = best.map_or(max_dist, |(d, _)| d.sqrt().min(max_dist));
            if ring_distance > limit {
                break;
            }
            self.for_each_in_ring(column, row, ring, |node| {
                let Some(p) = self.positions.get(node as usize) else { return };
                let dx = p[0] - point[0];
                let dy = p[1] - point[1];
                let distance_sq = dx * dx + dy * dy;
                if distance_sq <= max_dist * max_dist
                    && best.is_none_or(|(d, n)| distance_sq < d || (distance_sq == d && node < n))
                {
                    best = Some((distance_sq, node));
                }
            });
        }
        best.map(|(_, node)| node as usize)
    }

    /// Clears `out` and fills it with the indexed nodes inside the rectangle
    /// `[min, max]` (edges included), in no particular order.
    pub fn query_rect(&self, min: [f32; 2], max: [f32; 2], out: &mut Vec<usize>) {
        out.clear();
        if self.items.is_empty() || !(min[0] <= max[0] && min[1] <= max[1]) {
            return;
        }
        let (c0, r0) = self.clamped_cell(min);
        let (c1, r1) = self.clamped_cell(max);
        for row in r0..=r1 {
            for column in c0..=c1 {
                for &node in self.cell_items(column, row) {
                    let Some(p) = self.positions.get(node as usize) else { continue };
                    if p[0] >= min[0] && p[0] <= max[0] && p[1] >= min[1] && p[1] <= max[1] {
                        out.push(node as usize);
                    }
                }
            }
        }
    }

    /// Cell coordinates of a point, possibly outside the grid.
    fn cell_coordinates(&self, p: [f32; 2]) -> (i64, i64) {
        let column = ((p[0] - self.origin[0]) / self.cell_size).floor();
        let row = ((p[1] - self.origin[1]) / self.cell_size).floor();
        // Far-away points stay far away without overflowing ring arithmetic.
        const FAR: f32 = (1u64 << 40) as f32;
        (column.clamp(-FAR, FAR) as i64, row.clamp(-FAR, FAR) as i64)
    }

    fn clamped_cell(&self, p: [f32; 2]) -> (usize, usize) {
        let (column, row) = self.cell_coordinates(p);
        (
            column.clamp(0, self.columns as i64 - 1) as usize,
            row.clamp(0, self.rows as i64 - 1) as usize,
        )
    }

    fn cell_containing(&self, p: [f32; 2]) -> usize {
        let (column, row) = self.clamped_cell(p);
        row * self.columns + column
    }

    fn cell_items(&self, column: usize, row: usize) -> &[u32] {
        let cell = row * self.columns + column;
        let start = self.cell_starts.get(cell).copied().unwrap_or(0) as usize;
        let end = self.cell_starts.get(cell + 1).copied().unwrap_or(0) as usize;
        self.items.get(start..end).unwrap_or_default()
    }

    /// Calls `visit` for every node in the cells whose Chebyshev distance
    /// from cell `(column, row)` is exactly `ring`.
    fn for_each_in_ring(&self, column: i64, row: i64, ring: i64, mut visit: impl FnMut(u32)) {
        let columns = self.columns as i64;
        let rows = self.rows as i64;
        let mut cell = |c: i64, r: i64| {
            if (0..columns).contains(&c) && (0..rows).contains(&r) {
                for &node in self.cell_items(c as usize, r as usize) {
                    visit(node);
                }
            }
        };
        if ring == 0 {
            cell(column, row);
            return;
        }
        let c_range = (column - ring).max(0)..=(column + ring).min(columns - 1);
        for c in c_range {
            cell(c, row - ring);
            cell(c, row + ring);
        }
        let r_range = (row - ring + 1).max(0)..=(row + ring - 1).min(rows - 1);
        for r in r_range {
            cell(column - ring, r);
            cell(column + ring, r);
        }
    }
}
