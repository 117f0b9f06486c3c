//! From a pose's angles to joints: the body is built bone by bone from the hip, laid on
//! the roller, let down until it rests on the floor, and its supporting limbs reach for
//! the floor. The end of a pass is the same body slid along the muscle over the roller,
//! which stays where it is, and settled the same way.

use super::body::*;
use super::{Reach, Rest, Spec, FLOOR_Y, ROLLER_R};
use crate::geometry::Point;

/// Where the roller's centre is in every drawing.
pub(super) const ROLLER_AT: Point = Point::new(150.0, FLOOR_Y - ROLLER_R);

fn dir(deg: f32) -> Point {
    let r = deg.to_radians();
    Point::new(r.cos(), r.sin())
}

fn add(a: Point, b: Point) -> Point {
    Point::new(a.x + b.x, a.y + b.y)
}

fn sub(a: Point, b: Point) -> Point {
    Point::new(a.x - b.x, a.y - b.y)
}

fn scale(a: Point, k: f32) -> Point {
    Point::new(a.x * k, a.y * k)
}

/// `p` turned by `rad` about `c`.
pub(super) fn rotate(p: Point, c: Point, rad: f32) -> Point {
    let (s, co) = rad.sin_cos();
    let d = sub(p, c);
    Point::new(c.x + d.x * co - d.y * s, c.y + d.x * s + d.y * co)
}

/// The joints from the spec's angles, with the hip at the origin.
fn build(spec: &Spec) -> Skeleton {
    let a = &spec.angles;
    let mut s = Skeleton([Point::new(0.0, 0.0); JOINTS]);
    s[Joint::Sacrum] = scale(dir(a.pelvis), PELVIS);
    s[Joint::Waist] = add(s[Joint::Sacrum], scale(dir(a.lumbar), LUMBAR));
    s[Joint::Neck] = add(s[Joint::Waist], scale(dir(a.thorax), THORAX));
    s[Joint::Head] = add(s[Joint::Neck], scale(dir(a.neck), NECK));
    s[Joint::Shoulder] = add(s[Joint::Neck], scale(dir(a.thorax + 180.0), SHOULDER_DROP));
    for (part, (upper, fore)) in [(Part::Near, a.arms[0]), (Part::Far, a.arms[1])] {
        s[part.elbow()] = add(s[Joint::Shoulder], scale(dir(upper), UPPER_ARM));
        s[part.hand()] = add(s[part.elbow()], scale(dir(fore), FOREARM));
    }
    for (part, (thigh, shin, foot)) in [(Part::Near, a.legs[0]), (Part::Far, a.legs[1])] {
        s[part.knee()] = scale(dir(thigh), THIGH);
        s[part.ankle()] = add(s[part.knee()], scale(dir(shin), SHIN));
        s[part.toe()] = add(s[part.ankle()], scale(dir(foot), FOOT));
    }
    s
}

fn map_all(s: &mut Skeleton, f: impl Fn(Point) -> Point) {
    for p in s.0.iter_mut() {
        *p = f(*p);
    }
}

/// The point on a bone's centre line above the roller when the bone lies on it at
/// fraction `t`, and the bone's thickness.
fn on_bone(s: &Skeleton, bone: &Bone, t: f32) -> Point {
    s[bone.from].lerp(s[bone.to], t)
}

/// The unit normal of a bone that points up, away from a roller under it.
fn up_normal(s: &Skeleton, bone: &Bone) -> Point {
    let d = sub(s[bone.to], s[bone.from]);
    let len = d.x.hypot(d.y).max(f32::EPSILON);
    let n = Point::new(d.y / len, -d.x / len);
    if n.y <= 0.0 {
        n
    } else {
        scale(n, -1.0)
    }
}

/// Moves the body so the bone lies on the roller at fraction `t`.
fn lay_on_roller(s: &mut Skeleton, bone: &Bone, t: f32) {
    let n = up_normal(s, bone);
    let want = add(ROLLER_AT, scale(n, ROLLER_R + bone.width / 2.0));
    let shift = sub(want, on_bone(s, bone, t));
    map_all(s, |p| add(p, shift));
}

/// How far the joint's underside is above the floor (negative: below it).
pub(super) fn clearance(s: &Skeleton, j: Joint) -> f32 {
    let half = bone_to(j).map_or(HEAD_R, |b| b.width / 2.0);
    FLOOR_Y - (s[j].y + half)
}

/// Turns everything but the limbs that reach for the floor about `c` until `j` rests
/// on the floor. Bisection: the clearance changes steadily over a small turn.
fn let_down(s: &mut Skeleton, c: Point, j: Joint) {
    let turned = |s: &Skeleton, rad: f32| {
        let mut t = *s;
        map_all(&mut t, |p| rotate(p, c, rad));
        t
    };
    let (mut lo, mut hi) = (-0.6_f32, 0.6_f32);
    let f = |rad: f32| clearance(&turned(s, rad), j);
    // Whichever end leaves the joint higher is the `lo` side.
    if f(lo) < f(hi) {
        std::mem::swap(&mut lo, &mut hi);
    }
    for _ in 0..40 {
        let mid = (lo + hi) / 2.0;
        if f(mid) > 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    *s = turned(s, (lo + hi) / 2.0);
}

/// The joints that move with the trunk when it is turned about the hip.
const UPPER_BODY: [Joint; 9] = [
    Joint::Sacrum,
    Joint::Waist,
    Joint::Neck,
    Joint::Head,
    Joint::Shoulder,
    Joint::NearElbow,
    Joint::NearHand,
    Joint::FarElbow,
    Joint::FarHand,
];

/// Turns the trunk about the hip so the shoulder is `height` above the floor.
fn lift_shoulder(s: &mut Skeleton, height: f32) {
    let hip = s[Joint::Hip];
    let want = FLOOR_Y - height;
    let turned = |s: &Skeleton, rad: f32| {
        let mut t = *s;
        for j in UPPER_BODY {
            t[j] = rotate(s[j], hip, rad);
        }
        t
    };
    let f = |rad: f32| turned(s, rad)[Joint::Shoulder].y - want;
    let (mut lo, mut hi) = (-0.8_f32, 0.8_f32);
    if f(lo) > f(hi) {
        std::mem::swap(&mut lo, &mut hi);
    }
    for _ in 0..40 {
        let mid = (lo + hi) / 2.0;
        if f(mid) < 0.0 {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    *s = turned(s, (lo + hi) / 2.0);
}

/// Two bones from `root` to `target`, bending to the side `bend` (+1 or −1); the target
/// is only reached when it is within reach (the tests check it is).
fn two_bones(root: Point, target: Point, l1: f32, l2: f32, bend: f32) -> (Point, Point) {
    let d = sub(target, root);
    let dist = d.x.hypot(d.y).clamp((l1 - l2).abs() + 0.01, l1 + l2 - 0.01);
    let base = d.y.atan2(d.x);
    let cos = ((l1 * l1 + dist * dist - l2 * l2) / (2.0 * l1 * dist)).clamp(-1.0, 1.0);
    let a = base + bend * cos.acos();
    let mid = add(root, Point::new(l1 * a.cos(), l1 * a.sin()));
    let end = add(root, Point::new(dist * base.cos(), dist * base.sin()));
    (mid, end)
}

/// Where a floor contact point is, given the root joint's place at the start and now.
fn floor_x(reach_x: f32, planted: bool, root_start: Point, root_now: Point) -> f32 {
    root_start.x
        + reach_x
        + if planted {
            0.0
        } else {
            root_now.x - root_start.x
        }
}

/// Puts the supporting limbs on the floor.
fn reach(s: &mut Skeleton, spec: &Spec, first: &Skeleton) {
    for r in spec.reach {
        match *r {
            Reach::Forearm { part, bend, hand } => {
                let shoulder = s[Joint::Shoulder];
                let y = FLOOR_Y - 5.0;
                let dy = y - shoulder.y;
                let dx = (UPPER_ARM * UPPER_ARM - dy * dy).max(0.0).sqrt();
                s[part.elbow()] = Point::new(shoulder.x + bend * dx, y);
                s[part.hand()] = Point::new(shoulder.x + bend * dx + hand * FOREARM, y);
            }
            Reach::Hand {
                part,
                x,
                planted,
                bend,
            } => {
                let root = Joint::Shoulder;
                let at = floor_x(x, planted, first[root], s[root]);
                let (elbow, hand) = two_bones(
                    s[root],
                    Point::new(at, FLOOR_Y - 5.0),
                    UPPER_ARM,
                    FOREARM,
                    bend,
                );
                s[part.elbow()] = elbow;
                s[part.hand()] = hand;
            }
            Reach::Foot {
                part,
                x,
                planted,
                bend,
                toes,
            } => {
                let root = Joint::Hip;
                let at = floor_x(x, planted, first[root], s[root]);
                let (knee, ankle) =
                    two_bones(s[root], Point::new(at, FLOOR_Y - 7.0), THIGH, SHIN, bend);
                s[part.knee()] = knee;
                s[part.ankle()] = ankle;
                // Flat on the floor: as long as the foot, whichever way the toes point.
                let along = (FOOT * FOOT - 9.0).sqrt() * toes.signum();
                s[part.toe()] = add(ankle, Point::new(along, 3.0));
            }
            Reach::Crossed { part } => {
                let other = match part {
                    Part::Near => Part::Far,
                    Part::Far => Part::Near,
                };
                // The ankle rests on top of the other knee.
                let over = add(s[other.knee()], Point::new(-2.0, -14.0));
                let (knee, ankle) = two_bones(s[Joint::Hip], over, THIGH, SHIN, -1.0);
                s[part.knee()] = knee;
                s[part.ankle()] = ankle;
                s[part.toe()] = add(ankle, scale(dir(-30.0), FOOT));
            }
            Reach::Lying { part } => {
                // A straight leg lying on the floor, turned about the hip.
                let hip = s[Joint::Hip];
                let ankle_y = FLOOR_Y - 6.5;
                let len = THIGH + SHIN;
                let dy = (ankle_y - hip.y).clamp(-len, len);
                let dx = (len * len - dy * dy).sqrt();
                let ankle = Point::new(hip.x + dx, ankle_y);
                s[part.knee()] = hip.lerp(ankle, THIGH / len);
                s[part.ankle()] = ankle;
                s[part.toe()] = add(ankle, scale(dir(-60.0), FOOT));
            }
        }
    }
}

/// The body at the start of a pass (`t` = the pass's first fraction) or its end.
pub(super) fn place(spec: &Spec, end: bool) -> Skeleton {
    let mut s = build(spec);
    let target = spec.checklist.roller_under.map(|seg| seg.bone());
    let (from, to) = spec.pass;
    match &target {
        Some(bone) => lay_on_roller(&mut s, bone, from),
        None => {
            // No roller: the trunk lies on the floor.
            let half = bone_between(Joint::Waist, Joint::Neck).map_or(0.0, |b| b.width / 2.0);
            let low = s[Joint::Waist].y.max(s[Joint::Neck].y) + half;
            let shift = Point::new(ROLLER_AT.x - s[Joint::Hip].x, FLOOR_Y - low);
            map_all(&mut s, |p| add(p, shift));
        }
    }
    let settle = |s: &mut Skeleton| {
        if let Rest::Pivot(j) = spec.rest {
            let_down(s, ROLLER_AT, j);
        }
        if let Some(h) = spec.shoulder_height {
            lift_shoulder(s, h);
        }
    };
    settle(&mut s);
    let first = s;
    if end {
        if let Some(bone) = &target {
            // Slide the body along the bone so its `to` point comes over the roller.
            let shift = sub(on_bone(&s, bone, from), on_bone(&s, bone, to));
            map_all(&mut s, |p| add(p, shift));
            settle(&mut s);
        }
    }
    reach(&mut s, spec, &first);
    s
}
