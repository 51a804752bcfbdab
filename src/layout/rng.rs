//! A tiny seeded random number generator (SplitMix64) for initial positions,
//! jitter and the synthetic graph generator. Not cryptographic; chosen
//! because it is a few lines, fast, and gives the same sequence everywhere,
//! which keeps layouts and generated documents reproducible.

/// SplitMix64 (Steele, Lea and Flood, 2014).
#[derive(Clone, Debug)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix64(self.state)
    }

    /// A float uniformly in `[0, 1)`.
    pub fn next_f32(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    /// A float uniformly in `[0, 1)`, with 53 bits.
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An integer uniformly in `[0, bound)`; 0 when `bound` is 0.
    pub fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        // Multiply-shift: unbiased enough for layouts and test data.
        ((u128::from(self.next_u64()) * bound as u128) >> 64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.next_f64() < p
    }
}

/// The SplitMix64 finaliser: a good 64-bit hash of one integer.
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A unit vector that depends only on the unordered pair `{a, b}`, pointing
/// from `b` to `a` (so the two ends get opposite directions). Used to push
/// apart nodes that sit exactly on top of each other.
pub fn pair_direction(a: usize, b: usize) -> [f32; 2] {
    let (low, high) = if a < b { (a, b) } else { (b, a) };
    let hash = mix64((low as u64) << 32 ^ high as u64 ^ 0xA5A5_5A5A);
    let angle = (hash >> 40) as f32 / (1u64 << 24) as f32 * std::f32::consts::TAU;
    let sign = if a < b { 1.0 } else { -1.0 };
    [angle.cos() * sign, angle.sin() * sign]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_sequence() {
        let mut a = SplitMix64::new(7);
        let mut b = SplitMix64::new(7);
        let mut c = SplitMix64::new(8);
        let from_a: Vec<u64> = (0..5).map(|_| a.next_u64()).collect();
        let from_b: Vec<u64> = (0..5).map(|_| b.next_u64()).collect();
        let from_c: Vec<u64> = (0..5).map(|_| c.next_u64()).collect();
        assert_eq!(from_a, from_b);
        assert_ne!(from_a, from_c);
    }

    #[test]
    fn floats_and_bounds_stay_in_range() {
        let mut rng = SplitMix64::new(1);
        for _ in 0..10_000 {
            let f = rng.next_f32();
            assert!((0.0..1.0).contains(&f));
            assert!(rng.below(7) < 7);
        }
        assert_eq!(rng.below(0), 0);
    }

    #[test]
    fn pair_direction_is_opposite_for_the_two_ends() {
        let ab = pair_direction(3, 9);
        let ba = pair_direction(9, 3);
        assert!((ab[0] + ba[0]).abs() < 1e-6 && (ab[1] + ba[1]).abs() < 1e-6);
        assert!(((ab[0] * ab[0] + ab[1] * ab[1]) - 1.0).abs() < 1e-4);
    }
}
