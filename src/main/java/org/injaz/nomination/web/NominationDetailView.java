package org.injaz.nomination.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.injaz.nomination.process.NominationTimeline;

/** One nomination with its status timeline, oldest entry first. */
record NominationDetailView(@JsonUnwrapped NominationView nomination, List<NominationTimeline.Entry> timeline) {
}
