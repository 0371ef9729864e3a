package org.nuanxin.gateway.targets;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.nuanxin.common.problem.ProblemException;
import org.nuanxin.common.security.Caller;
import org.nuanxin.gateway.indicators.IndicatorService;
import org.nuanxin.gateway.indicators.TrendPoint;
import org.nuanxin.gateway.supervision.District;
import org.nuanxin.gateway.supervision.ReadModelChanged;
import org.nuanxin.gateway.supervision.SupervisionService;
import org.nuanxin.gateway.supervision.SupervisionSnapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The responsibility targets (责任目标): a city coordinator sets at most {@link #MAX_TARGETS} of them, each bound to
 * one indicator of the city or of a district; everyone with a supervision view sees those of their area with live
 * progress.
 */
@ApplicationScoped
public class TargetService {

    /** The association's seven responsibility targets. */
    static final int MAX_TARGETS = 7;
    static final int TREND_DAYS = 90;

    private final SupervisionService supervision;
    private final IndicatorService indicators;
    private final Caller caller;
    private final Event<ReadModelChanged> changed;

    TargetService(SupervisionService supervision, IndicatorService indicators, Caller caller, Event<ReadModelChanged> changed) {
        this.supervision = supervision;
        this.indicators = indicators;
        this.caller = caller;
        this.changed = changed;
    }

    /** The targets of the caller's area, with their progress in this snapshot (the stream passes its own). */
    @Transactional
    public List<TargetView> list(SupervisionSnapshot snapshot, Optional<String> district, boolean withTrend) {
        List<ResponsibilityTarget> targets = district
                .map(d -> ResponsibilityTarget.<ResponsibilityTarget>list("districtCode", Sort.by("createdAt").and("id"), d))
                .orElseGet(() -> ResponsibilityTarget.listAll(Sort.by("createdAt").and("id")));
        return targets.stream().map(t -> view(t, snapshot, withTrend)).toList();
    }

    @Transactional
    public List<TargetView> list() {
        return list(supervision.snapshot(), caller.district(), true);
    }

    @Transactional
    public TargetView get(UUID id) {
        return view(visible(id), supervision.snapshot(), true);
    }

    @Transactional
    public TargetView create(TargetRequest request) {
        validate(request);
        if (ResponsibilityTarget.count() >= MAX_TARGETS) {
            throw ProblemException.conflict("The city already has its " + MAX_TARGETS
                    + " responsibility targets; change or remove one first.");
        }
        ResponsibilityTarget target = new ResponsibilityTarget();
        target.id = UUID.randomUUID();
        target.indicator = request.indicator();
        target.districtCode = request.districtCode();
        SupervisionSnapshot snapshot = supervision.snapshot();
        target.baselineValue = current(target, snapshot);
        target.createdBy = caller.username();
        target.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(target, request);
        target.persist();
        changed.fire(new ReadModelChanged(target.districtCode));
        return view(target, snapshot, true);
    }

    /** Changes name, owner, target value and deadline; the indicator and area of a target stay what they were. */
    @Transactional
    public TargetView update(UUID id, TargetRequest request) {
        ResponsibilityTarget target = visible(id);
        validate(request);
        if (request.indicator() != target.indicator) {
            throw ProblemException.invalidField("indicator", "cannot change; set a new target instead");
        }
        if (!java.util.Objects.equals(request.districtCode(), target.districtCode)) {
            throw ProblemException.invalidField("districtCode", "cannot change; set a new target instead");
        }
        apply(target, request);
        changed.fire(new ReadModelChanged(target.districtCode));
        return view(target, supervision.snapshot(), true);
    }

    @Transactional
    public void delete(UUID id) {
        ResponsibilityTarget target = visible(id);
        target.delete();
        changed.fire(new ReadModelChanged(target.districtCode));
    }

    private void validate(TargetRequest request) {
        if (request.districtCode() != null && District.findById(request.districtCode()) == null) {
            throw ProblemException.invalidField("districtCode", "is not a district of the city");
        }
        if (request.indicator().unit().equals("%") && request.targetValue().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalidField("targetValue", "is a percentage: at most 100");
        }
    }

    private static void apply(ResponsibilityTarget target, TargetRequest request) {
        target.name = request.name().strip();
        target.owner = request.owner().strip();
        target.targetValue = request.targetValue().setScale(2, RoundingMode.HALF_UP);
        target.deadline = request.deadline();
    }

    private ResponsibilityTarget visible(UUID id) {
        ResponsibilityTarget target = ResponsibilityTarget.findById(id);
        if (target == null || (caller.district().isPresent() && !caller.district().get().equals(target.districtCode))) {
            throw ProblemException.notFound("target", id);
        }
        return target;
    }

    private static BigDecimal current(ResponsibilityTarget target, SupervisionSnapshot snapshot) {
        return target.indicator.valueOf(IndicatorService.scope(snapshot, Optional.ofNullable(target.districtCode)));
    }

    private TargetView view(ResponsibilityTarget target, SupervisionSnapshot snapshot, boolean withTrend) {
        BigDecimal current = current(target, snapshot);
        LocalDate today = LocalDate.now(SupervisionService.CITY);
        LocalDate setOn = target.createdAt.atZoneSameInstant(SupervisionService.CITY).toLocalDate();
        TargetProgress progress = TargetProgress.of(target.baselineValue, target.targetValue, current,
                target.indicator.higherIsBetter(), setOn, target.deadline, today);
        List<TrendPoint> trend = withTrend
                ? indicators.trend(target.indicator, Optional.ofNullable(target.districtCode).orElse(IndicatorService.CITY),
                today.minusDays(TREND_DAYS))
                : List.of();
        return new TargetView(target.id, target.name, target.owner, target.indicator, target.indicator.unit(),
                target.districtCode, target.targetValue, target.baselineValue, current, progress.percent(),
                progress.status(), target.deadline, target.createdBy, target.createdAt, trend);
    }
}
