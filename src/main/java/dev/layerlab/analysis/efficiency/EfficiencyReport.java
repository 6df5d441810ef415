package dev.layerlab.analysis.efficiency;

import java.util.List;

/**
 * dive's analysis of one image, in one {@link Mode}.
 *
 * @param score Σ smallest ÷ Σ cumulative over every path; 1.0 when nothing was counted
 * @param wastedBytes Σ {@link PathWaste#wasted()} over the inefficient list
 * @param userSize Σ of the sizes of every layer but the first (dive's notion of "user" bytes)
 * @param userWastedPercent {@code wastedBytes ÷ userSize} as a fraction; empty for a one-layer image
 *     (dive divides by zero)
 * @param imageSize Σ of every layer's size
 * @param inefficient paths seen at least twice, largest {@code wasted} first
 */
public record EfficiencyReport(Mode mode, double score, long wastedBytes, long userSize,
    java.util.OptionalDouble userWastedPercent, long imageSize, List<PathWaste> inefficient) {
  public EfficiencyReport {
    inefficient = List.copyOf(inefficient);
  }
}
