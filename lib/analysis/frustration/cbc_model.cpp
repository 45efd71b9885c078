// SPDX-License-Identifier: MIT
// Rows, quiet solvers and time-limited CBC runs (see cbc_model.hpp). The one file that includes
// CbcModel.hpp.
#include "cbc_model.hpp"

#include <algorithm>
#include <cstddef>

#include <CbcModel.hpp>
#include <CglGomory.hpp>
#include <ClpParameters.hpp>
#include <CoinFinite.hpp>
#include <CoinMessageHandler.hpp>
#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <CoinTime.hpp>
#include <OsiClpSolverInterface.hpp>

namespace geokg::analysis::detail {

namespace {

// Makes every LP inside CBC stop at the deadline too: CBC checks the clock between nodes only,
// and its root can take long on big models. The limit is on CPU time (user time of the process,
// which never runs backwards); returns the CPU time at which LPs stop.
double limit_lps(OsiClpSolverInterface& solver, const deadline& limit) {
  solver.getModelPtr()->setMaximumSeconds(limit.remaining());
  double stop = 0.0;
  solver.getModelPtr()->getDblParam(ClpMaxSeconds, stop);
  return stop;
}

// Whether CBC completed its search: then its incumbent (which started as ours) is optimal. After
// an interrupted search nothing of CBC's is trusted but its solution, which we recount: an LP
// stopped by the clock can make CBC drop a node as if it were infeasible and even report the
// search as complete. The CPU clock tells whether that can have happened.
bool cbc_finished(const CbcModel& model, const deadline& limit, double lp_deadline) {
  const int how = model.secondaryStatus();  // 0 searched, 1 nothing better than cutoff, 2 gap
  return model.status() == 0 && (how == 0 || how == 1 || how == 2) &&
         !model.isSecondsLimitReached() && !limit.passed() && CoinCpuTime() < lp_deadline;
}

}  // namespace

void silence(OsiClpSolverInterface& lp) {
  lp.messageHandler()->setLogLevel(0);
  lp.setHintParam(OsiDoReducePrint, true, OsiHintTry);
}

CoinPackedVector cut_row(const cycle_cut& c, int offset) {
  CoinPackedVector row;
  for (std::size_t i = 0; i < c.edges.size(); ++i)
    row.insert(offset + static_cast<int>(c.edges[i]), c.in_f[i] != 0 ? -1.0 : 1.0);
  return row;
}

void row_set::add(std::initializer_list<std::pair<int, double>> terms, double lower, double upper) {
  for (const auto& [column, value] : terms) {
    row_.push_back(static_cast<int>(lower_.size()));
    column_.push_back(column);
    value_.push_back(value);
  }
  lower_.push_back(lower);
  upper_.push_back(upper);
}

void row_set::add(const cycle_cut& c, int offset) {
  for (std::size_t i = 0; i < c.edges.size(); ++i) {
    row_.push_back(static_cast<int>(lower_.size()));
    column_.push_back(offset + static_cast<int>(c.edges[i]));
    value_.push_back(c.in_f[i] != 0 ? -1.0 : 1.0);
  }
  lower_.push_back(odd_cycle_separator::rhs(c));
  upper_.push_back(COIN_DBL_MAX);
}

void row_set::add_sum(const std::vector<int>& columns, double lower, double upper) {
  for (const int column : columns) {
    row_.push_back(static_cast<int>(lower_.size()));
    column_.push_back(column);
    value_.push_back(1.0);
  }
  lower_.push_back(lower);
  upper_.push_back(upper);
}

void row_set::load_binary_program(OsiClpSolverInterface& solver,
                                  const std::vector<double>& column_lower,
                                  const std::vector<double>& column_upper,
                                  const std::vector<double>& objective) const {
  silence(solver);
  CoinPackedMatrix matrix(false, row_.data(), column_.data(), value_.data(),
                          static_cast<CoinBigIndex>(value_.size()));
  matrix.setDimensions(static_cast<int>(lower_.size()), static_cast<int>(objective.size()));
  solver.loadProblem(matrix, column_lower.data(), column_upper.data(), objective.data(),
                     lower_.data(), upper_.data());
  for (int c = 0; c < static_cast<int>(objective.size()); ++c)
    solver.setInteger(c);
}

cbc_result run_cbc(OsiClpSolverInterface& solver, const deadline& limit,
                   const std::vector<double>& start, double start_cost, cut_source cuts,
                   bool light_nodes) {
  const double lp_deadline = limit_lps(solver, limit);
  CbcModel model(solver);
  CglGomory gomory;
  model.setLogLevel(0);
  model.messageHandler()->setLogLevel(0);
  model.solver()->messageHandler()->setLogLevel(0);
  model.setUseElapsedTime(true);
  model.setMaximumSeconds(std::max(limit.remaining(), 0.01));
  model.setNumberThreads(0);
  // Costs are integers: a better solution is better by at least 1.
  model.setCutoffIncrement(0.999);
  model.setAllowableGap(0.999);
  model.addCutGenerator(cuts.generator, cuts.how_often, cuts.name);
  model.addCutGenerator(&gomory, -1, "Gomory");
  model.setBestSolution(start.data(), static_cast<int>(start.size()), start_cost, true);
  if (light_nodes) {
    // The root was separated already (our own LP loop); in the tree one cut pass per node and
    // no strong branching keep nodes cheap, which pays more than better branching choices here.
    model.setNumberStrong(0);
    model.setNumberBeforeTrust(0);
    model.setMaximumCutPasses(1);
    model.setMaximumCutPassesAtRoot(1);
  }
  model.branchAndBound();
  cbc_result out;
  if (const double* best = model.bestSolution(); best != nullptr)
    out.best.assign(best, best + model.getNumCols());
  out.finished = cbc_finished(model, limit, lp_deadline);
  return out;
}

}  // namespace geokg::analysis::detail
