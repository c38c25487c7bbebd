package org.testbench.run.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testbench.reports.model.PoseScatter;
import org.testbench.standards.geometry.Pose;
import org.testbench.standards.geometry.Vector3;

/** The repeatability plot's data: attained positions per pose with their barycentre. */
public final class PoseScatters {

    private PoseScatters() {
    }

    /**
     * @param attained attained poses per pose name, in plot order
     * @return one scatter per pose that has attained poses
     */
    public static List<PoseScatter> of(Map<String, List<Pose>> attained) {
        List<PoseScatter> list = new ArrayList<>();
        attained.forEach((name, poses) -> {
            if (!poses.isEmpty()) {
                List<Vector3> points = poses.stream().map(Pose::position).toList();
                Vector3 sum = Vector3.ZERO;
                for (Vector3 p : points) {
                    sum = sum.plus(p);
                }
                list.add(new PoseScatter(name, sum.times(1.0 / points.size()), points));
            }
        });
        return list;
    }
}
