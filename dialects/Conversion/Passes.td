//===- Passes.td - conversions between nirc dialects -------*- tablegen -*-===//

#ifndef NIRC_CONVERSION_PASSES_TD
#define NIRC_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertNIRToSim : Pass<"convert-nir-to-sim", "::mlir::ModuleOp"> {
  let summary = "Discretise a flat NIR graph into one step of a `sim.model`";
  let description = [{
    Replaces the top-level `nir.graph` (flattened, with every shape known) by
    a `sim.model` that advances it by `dt` seconds. Every NIR primitive is
    lowered; neuron state becomes explicit `sim.state`/`sim.next` pairs that
    start at rest (`v = v_leak`, `I = 0`).

    - `method=exact`: I, LI and CubaLI by their exact propagators
      (`sim.lincomb`); IF, LIF and CubaLIF by `sim.leaky_step` /
      `sim.cuba_step`, which locate threshold crossings inside a step.
    - `method=euler`: forward Euler (`sim.lincomb`, then `sim.fire`): the
      synaptic current first, the membrane from the updated current, then
      threshold and reset in the same step (snnTorch, Norse, Lava).
    - `method=adaptive`: every neuron by `sim.leaky_step` / `sim.cuba_step`
      with a Dormand–Prince integrator.

    `reset` is `to-v_reset` (NIR ≥ 1.0.6) or `subtract`. Delays are rounded to
    whole steps, with a warning when a delay is not a multiple of `dt`.
    `probes` adds `sim.probe` ops: `NODE` records a node's output, `NODE.v`
    and `NODE.i` a neuron's membrane and synaptic current.
  }];
  let options = [
    Option<"dt", "dt", "double", "0.0", "Step length in seconds (required)">,
    Option<"method", "method", "::nirc::sim::Method",
           "::nirc::sim::Method::Exact", "How neurons are integrated",
           [{::llvm::cl::values(
             clEnumValN(::nirc::sim::Method::Exact, "exact",
                        "exact propagators, crossings located in the step"),
             clEnumValN(::nirc::sim::Method::Euler, "euler", "forward Euler"),
             clEnumValN(::nirc::sim::Method::Adaptive, "adaptive",
                        "Dormand-Prince with event location"))}]>,
    Option<"reset", "reset", "::nirc::sim::ResetMode",
           "::nirc::sim::ResetMode::ToValue", "What a spike does to v",
           [{::llvm::cl::values(
             clEnumValN(::nirc::sim::ResetMode::ToValue, "to-v_reset",
                        "v = v_reset (NIR >= 1.0.6)"),
             clEnumValN(::nirc::sim::ResetMode::Subtract, "subtract",
                        "v -= v_threshold"))}]>,
    ListOption<"probes", "probes", "std::string",
               "Values to record: NODE, NODE.v or NODE.i">
  ];
  let dependentDialects = ["::nirc::sim::SimDialect"];
}

def ConvertNIRToChip : Pass<"convert-nir-to-chip", "::mlir::ModuleOp"> {
  let summary = "Map a flat NIR graph onto a chip's populations and synapses";
  let description = [{
    Replaces the top-level `nir.graph` (flattened, with every shape known) by
    a `chip.device` for `target`: each NIR Input becomes a `chip.input`,
    each neuron node a `chip.population`, each Output a `chip.output`, and
    each chain `[SumPool2d|AvgPool2d] [Flatten] Affine|Linear|Conv2d
    [Flatten]` into a neuron a `chip.synapses` block. A neuron fed directly
    by another gets one-to-one synapses. Rewrites on the way: an Affine bias
    becomes the target population's `bias` input current, an AvgPool2d a
    SumPool2d with weights scaled by 1/k², a grouped convolution a dense
    one with zero blocks. The target model then says which neuron models
    and synapse kinds it has, and checks its design rules; anything else is
    an error naming the node and the target.
  }];
  let options = [
    Option<"target", "target", "std::string", "\"\"",
           "Chip to map onto (nirc compile --list-targets)">,
    Option<"dt", "dt", "double", "1.0e-3",
           "Step in seconds the chip's registers are computed for">
  ];
  let dependentDialects = ["::nirc::chip::ChipDialect"];
}

def ConvertChipToSim : Pass<"convert-chip-to-sim", "::mlir::ModuleOp"> {
  let summary = "Emulate a quantised chip.device in the chip's own arithmetic";
  let description = [{
    Replaces the module's `chip.device` (quantised by `chip-quantize`) by a
    `sim.model` that runs one step as the chip does: its target model says,
    from the registers, each population's update and each synapse block's
    weights, shifts, saturation and delay (a `sim.state` or `sim.delay` for
    the delay). Three arithmetics:

    - integer registers (Loihi 2, Xylo, Speck): register widths, decay rule,
      overflow, comparison, reset, spikes per step; `sim.accumulate` with
      `sim.fixed_step`, or the event-driven `sim.event_fire`;
    - float32 registers (SpiNNaker2): the integer weights as floats
      (`sim.cast` of the spike counts, `sim.dense` / `sim.conv2d`), each
      register update one `sim.lincomb` on `f32` (one float32 rounding),
      then `sim.fire`;
    - an analog neuron in continuous time (BrainScaleS-2): the weights in NIR
      units, the exact `sim.cuba_step` / `sim.leaky_step` with the values the
      calibration targets give, and the membrane read through its ADC
      (`sim.adc`).

    Inputs become whole events per channel (`sim.events`, at most what the
    chip's input takes per step). Outputs read a spiking population's spikes,
    a readout's membrane in NIR units. `probes` records `NODE` (spikes),
    `NODE.v` and `NODE.i`: integer registers and ADC codes as the chip's
    integers, with the NIR value of one LSB as `unit` (and of 0 as
    `offset`); float registers converted to float64 NIR units.

    `variant=toolchain` runs, in place of the chip's arithmetic, the model
    its vendor's toolchain trains with where the two differ (Speck's
    event-driven IAF against Sinabs' time-stepped multi-spike IAF).
  }];
  let options = [
    ListOption<"probes", "probes", "std::string",
               "Values to record: NODE, NODE.v or NODE.i">,
    Option<"variant", "variant", "::nirc::chip::EmulationVariant",
           "::nirc::chip::EmulationVariant::Chip",
           "The chip's own arithmetic, or its toolchain's model",
           [{::llvm::cl::values(
             clEnumValN(::nirc::chip::EmulationVariant::Chip, "chip",
                        "the chip's own arithmetic"),
             clEnumValN(::nirc::chip::EmulationVariant::Toolchain, "toolchain",
                        "the model the vendor's toolchain trains with, where "
                        "it differs (Speck: Sinabs' time-stepped IAF)"))}]>
  ];
  let dependentDialects = ["::nirc::sim::SimDialect"];
}

def ConvertSimToStandard : Pass<"convert-sim-to-standard", "::mlir::ModuleOp"> {
  let summary = "Lower a scheduled `sim.model` to one step function on memrefs";
  let description = [{
    Replaces each scheduled `sim.model` by `func.func @<name>_eval(%storage,
    %batch, %context)`, which advances every sample of a batch by one step
    in place, in scf loops over memrefs with arith ops, ready for MLIR's
    LLVM lowering and the JIT (`nirc simulate --engine jit`).

    All of a step's values live in one buffer, `%storage`, laid out as
    `StorageLayout` says (`include/nirc/Conversion/SimToStandard.h`): a slot
    per value, per state, per recorded signal and per staged state update,
    each `[batch, elements]`; the host fills the input slots, calls the step
    and reads the record slots. The step computes every op in order, copies
    the recorded values, then commits the `sim.next` updates (a state fed by
    another state through a staging slot, so it reads the old value).

    Weights and per-element coefficients become constant `memref.global`s.
    A dense synapse adds the weight rows of its non-zero inputs (a spike
    train's few spikes) in input order. A neuron whose membrane may cross
    its threshold inside the step, and every neuron of the adaptive solver,
    is handed to the host through `@nirc_sim_neuron_step(%context, op,
    element, sample)`, which runs the simulator's crossing search; the
    others take the closed-form update inline.

    No fast-math flags are set, so LLVM neither reassociates nor contracts:
    each element's arithmetic is the interpreter's, operation by operation.
    Integer (emulated-chip) signals and the ops that hold them are not
    lowered yet and are an error naming the op.

    With `time-ops`, the step calls `nirc_sim_op_done(context, index)`
    after the code of each op (`index` its position in the model's body)
    and after the state updates (`index` the number of ops), so that the
    host can attribute the time between two calls to the op that ended.
  }];
  let options = [
    Option<"precision", "precision", "::nirc::Precision",
           "::nirc::Precision::F64", "Floating-point type of the step's arithmetic",
           [{::llvm::cl::values(
             clEnumValN(::nirc::Precision::F64, "f64", "float64"),
             clEnumValN(::nirc::Precision::F32, "f32", "float32"))}]>,
    Option<"timeOps", "time-ops", "bool", "false",
           "Call the host after each op, for a time breakdown">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::vector::VectorDialect"];
}

#endif // NIRC_CONVERSION_PASSES_TD
