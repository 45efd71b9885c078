#pragma once
// SPDX-License-Identifier: MIT
// The plumbing between the partition solvers and COIN-OR: constraint rows gathered and loaded in
// one go, quiet solvers, and one time-limited branch and bound by CBC. Private to lib/analysis;
// COIN types are only forward-declared here, so that including it costs little.

#include <initializer_list>
#include <utility>
#include <vector>

#include "odd_cycles.hpp"
#include "signed_problem.hpp"

class CglCutGenerator;
class CoinPackedVector;
class OsiClpSolverInterface;

namespace geokg::analysis::detail {

// Makes an LP solver quiet.
void silence(OsiClpSolverInterface& lp);

// The row of a cycle cut over the frustration columns offset + edge: +1 for edges not in F, -1
// for edges in F (its right-hand side is odd_cycle_separator::rhs).
CoinPackedVector cut_row(const cycle_cut& c, int offset);

// A model's constraint rows, gathered as triplets and loaded in one go (appending rows one by
// one to a CoinPackedMatrix reallocates, quadratically in the worst case).
class row_set {
 public:
  // lower <= sum of value * column over the terms <= upper.
  void add(std::initializer_list<std::pair<int, double>> terms, double lower, double upper);
  // The odd-cycle inequality of c over the columns offset + edge.
  void add(const cycle_cut& c, int offset);
  // lower <= sum of the columns <= upper.
  void add_sum(const std::vector<int>& columns, double lower, double upper);
  // Loads the rows into a quiet solver as a binary program: every column integer, within its
  // bounds (0 or 1 here), minimising the objective.
  void load_binary_program(OsiClpSolverInterface& solver, const std::vector<double>& column_lower,
                           const std::vector<double>& column_upper,
                           const std::vector<double>& objective) const;

 private:
  std::vector<int> row_;
  std::vector<int> column_;
  std::vector<double> value_;
  std::vector<double> lower_;
  std::vector<double> upper_;
};

// A cut generator of our own for CBC's branch and bound.
struct cut_source {
  CglCutGenerator* generator = nullptr;
  int how_often = -1;  // CBC: 1 = every node, -1 = root, then as often as it pays
  const char* name = "";
};

// What a CBC run leaves that we trust.
struct cbc_result {
  std::vector<double> best;  // CBC's best solution, one value per column; empty if it has none
  // Whether CBC completed its search: then its incumbent (which started as ours) is optimal.
  bool finished = false;
};

// Runs CBC on the binary program loaded in `solver`, quietly, until `limit`: the incumbent
// `start` (costing start_cost) as a starting solution, integral objective steps, `cuts` at every
// node or as asked and Gomory cuts at the root. With light_nodes, one cut pass per node and no
// strong branching.
cbc_result run_cbc(OsiClpSolverInterface& solver, const deadline& limit,
                   const std::vector<double>& start, double start_cost, cut_source cuts,
                   bool light_nodes);

}  // namespace geokg::analysis::detail
