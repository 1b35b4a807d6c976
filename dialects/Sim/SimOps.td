//===- SimOps.td - sim dialect ops -------------------------*- tablegen -*-===//

#ifndef NIRC_DIALECT_SIM_SIMOPS_TD
#define NIRC_DIALECT_SIM_SIMOPS_TD

include "SimDialect.td"
include "SimEnums.td"
include "SimInterfaces.td"
include "mlir/IR/CommonAttrConstraints.td"
include "mlir/IR/OpBase.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/IR/RegionKindInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/SymbolInterfaces.td"

/// One sample's signal in one step: float64 for an ideal run; float32 or
/// integers of a register's width when a chip is emulated.
def Sim_Tensor : RankedTensorOf<[F64, F32, AnySignlessInteger]>;
/// A floating-point signal: float64 (an ideal run, an analog chip) or a
/// chip's float32 registers.
def Sim_FloatTensor : RankedTensorOf<[F64, F32]>;

/// The NIR node an op belongs to (see NodeMemberOpInterface). The default
/// lets builders leave it to be set after creation; the interface's verifier
/// rejects an op left without one.
def Sim_NodeName : DefaultValuedStrAttr<StrAttr, "">;

/// Per-element coefficients: the signal's shape, or a splat of any shape.
def Sim_CoeffAttr : FloatElementsAttr<64>;

class Sim_ComputeOp<string mnemonic, list<Trait> traits = []>
    : Sim_Op<mnemonic, !listconcat([Pure, HasParent<"ModelOp">,
                                    Sim_NodeMemberOpInterface], traits)> {
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Structure
//===----------------------------------------------------------------------===//

def ModelOp : Sim_Op<"model", [
    Symbol, NoTerminator, SingleBlock, IsolatedFromAbove,
    DeclareOpInterfaceMethods<RegionKindInterface>]> {
  let summary = "one step of a discretised NIR graph";
  let description = [{
    The body runs once per step of `dt` seconds. It is a graph region: until
    `sim-schedule` has run, a recurrent NIR edge is an SSA cycle. Once
    scheduled (`scheduled` is set) the ops are in execution order: every
    operand is defined above its use, and `sim.next` ops come last.
    `method` and `reset` record the choices `convert-nir-to-sim` made; the
    ops themselves carry their semantics. A chip's emulation
    (`convert-chip-to-sim`) has neither: its ops run the chip's arithmetic.

    Once `sim-allocate-storage` has run, `storage_size` is the number of
    elements one sample's storage holds, and every value, record copy and
    staged state update has a slot in it (`sim.slots` on the op that makes
    it; see `StorageLayout`). The interpreter and the native step both work
    on this one layout: a slot holds its elements for every sample of the
    batch, one sample after another.

    ```mlir
    sim.model @net attributes {dt = 1.0e-04 : f64, method = #sim.method<euler>,
                               reset = #sim.reset_mode<to_v_reset>} {
      %x = sim.input "in" : tensor<2xf64>
      ...
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, F64Attr:$dt,
                       OptionalAttr<Sim_MethodAttr>:$method,
                       OptionalAttr<Sim_ResetModeAttr>:$reset,
                       UnitAttr:$scheduled,
                       OptionalAttr<I64Attr>:$storage_size);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name attr-dict-with-keyword $body";
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::LogicalResult verifyStorage();
  }];
}

def InputOp : Sim_Op<"input", [HasParent<"ModelOp">,
                               Sim_NodeMemberOpInterface]> {
  let summary = "the sample a graph input receives in this step";
  let description = [{
    Step `k` reads sample `k` of the input data for the NIR Input `name`,
    held constant over the step (zero-order hold).
  }];
  let arguments = (ins StrAttr:$name, Sim_NodeName:$node);
  let results = (outs RankedTensorOf<[F64]>:$output);
  let assemblyFormat = "$name attr-dict `:` type($output)";
}

def OutputOp : Sim_Op<"output", [HasParent<"ModelOp">,
                                 Sim_NodeMemberOpInterface]> {
  let summary = "records a graph output at the end of the step";
  let description = [{
    An integer output (an emulated readout's membrane) is recorded in NIR
    units: `offset + unit × integer`, `unit` the NIR value of one register
    LSB and `offset` (0 when absent) that of the integer 0.
  }];
  let arguments = (ins StrAttr:$name, Sim_Tensor:$input,
                       OptionalAttr<F64Attr>:$unit,
                       OptionalAttr<F64Attr>:$offset,
                       Sim_NodeName:$node);
  let builders = [
    OpBuilder<(ins "::llvm::StringRef":$name, "::mlir::Value":$input,
                   "::mlir::FloatAttr":$unit), [{
      build($_builder, $_state, name, input, unit, ::mlir::FloatAttr());
    }]>
  ];
  let assemblyFormat = "$name `(` $input `)` attr-dict `:` type($input)";
}

def ProbeOp : Sim_Op<"probe", [HasParent<"ModelOp">,
                               Sim_NodeMemberOpInterface]> {
  let summary = "records a node's output or state at the end of the step";
  let description = [{
    `observable` is `output` for a node's output, `v` or `i` for a neuron's
    membrane or synaptic current; the probe belongs to the `node` it reads.
    An integer state (a register, or the code of an ADC that reads an analog
    one) is recorded as the integers the chip holds; its NIR value is
    `offset + unit × integer`.
  }];
  let arguments = (ins StrAttr:$node, StrAttr:$observable, Sim_Tensor:$input,
                       OptionalAttr<F64Attr>:$unit,
                       OptionalAttr<F64Attr>:$offset);
  let assemblyFormat = [{
    $node $observable `(` $input `)` attr-dict `:` type($input)
  }];
}

def StateOp : Sim_Op<"state", [HasParent<"ModelOp">,
                               Sim_NodeMemberOpInterface]> {
  let summary = "a state variable's value at the start of the step";
  let description = [{
    Membranes, synaptic currents, delay lines and the values cut cycles read
    from the previous step. Starts at `initial` (zeros when absent; integers
    for an integer state). Exactly one `sim.next` gives its value for the
    next step.
  }];
  let arguments = (ins StrAttr:$name, OptionalAttr<ElementsAttr>:$initial,
                       Sim_NodeName:$node);
  let results = (outs Sim_Tensor:$state);
  let assemblyFormat = "$name (`init` $initial^)? attr-dict `:` type($state)";
  let hasVerifier = 1;
}

def NextOp : Sim_Op<"next", [HasParent<"ModelOp">, Sim_NodeMemberOpInterface,
                             AllTypesMatch<["state", "value"]>]> {
  let summary = "a state variable's value for the next step";
  let arguments = (ins Sim_Tensor:$state, Sim_Tensor:$value, Sim_NodeName:$node);
  let assemblyFormat = "$state `=` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Synapses and wiring
//===----------------------------------------------------------------------===//

def AddOp : Sim_ComputeOp<"add", [SameOperandsAndResultType]> {
  let summary = "elementwise sum (NIR fan-in)";
  let arguments = (ins Variadic<Sim_Tensor>:$inputs, Sim_NodeName:$node);
  let results = (outs Sim_Tensor:$output);
  let assemblyFormat = "$inputs attr-dict `:` type($output)";
}

def CastOp : Sim_ComputeOp<"cast"> {
  let summary = "the same values in another element type";
  let description = [{
    Integers become floats (spike and event counts entering float synapses;
    exact up to 2^24 in `f32`) and floats change precision (`f64` to `f32`
    rounds to nearest, `f32` to `f64` is exact). Shapes are kept. A float
    never becomes an integer here: quantising an analog value is
    `sim.adc`'s, with its LSB and range.

    ```mlir
    %f = sim.cast %events : tensor<12xi32> -> tensor<12xf32>
    ```
  }];
  let arguments = (ins Sim_Tensor:$input, Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def DenseOp : Sim_ComputeOp<"dense"> {
  let summary = "y = W x + b on the flattened signals";
  let description = [{
    `weight` is `[out, in]`; the input holds `in` elements and the result
    `out`, each flattened in C order. `bias` (optional) holds `out`.
  }];
  let arguments = (ins Sim_FloatTensor:$input, Sim_CoeffAttr:$weight,
                       OptionalAttr<Sim_CoeffAttr>:$bias,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def Conv2dOp : Sim_ComputeOp<"conv2d"> {
  let summary = "2-D convolution, PyTorch semantics, explicit zero padding";
  let description = [{
    Input `[C_in, H, W]`, `weight` `[C_out, C_in / groups, kH, kW]`, result
    `[C_out, H_out, W_out]`. `padding` is `[top, left, bottom, right]` (as
    in ONNX), so PyTorch's uneven "same" padding is exact. NIR's Conv1d is a
    Conv2d with `H = kH = 1`.
  }];
  let arguments = (ins Sim_FloatTensor:$input, Sim_CoeffAttr:$weight,
                       OptionalAttr<Sim_CoeffAttr>:$bias,
                       DenseI64ArrayAttr:$stride, DenseI64ArrayAttr:$padding,
                       DenseI64ArrayAttr:$dilation, I64Attr:$groups,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def SumPool2dOp : Sim_ComputeOp<"sum_pool2d"> {
  let summary = "windowed sum times `scale` (SumPool2d: 1, AvgPool2d: 1/(kH kW))";
  let description = [{
    Zero padding `[top, left, bottom, right]`; padded zeros count in the
    window (NIR's AvgPool2d is SumPool2d scaled by `1/(kH kW)`).
  }];
  let arguments = (ins Sim_FloatTensor:$input, DenseI64ArrayAttr:$kernel_size,
                       DenseI64ArrayAttr:$stride, DenseI64ArrayAttr:$padding,
                       F64Attr:$scale,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def ReshapeOp : Sim_ComputeOp<"reshape"> {
  let summary = "the same elements in C order under another shape (Flatten)";
  let arguments = (ins Sim_Tensor:$input, Sim_NodeName:$node);
  let results = (outs Sim_Tensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input) `->` type($output)";
}

def DelayOp : Sim_ComputeOp<"delay", [AllTypesMatch<["input", "output"]>,
                                        AllTypesMatch<["buffer", "next_buffer"]>]> {
  let summary = "y_j = x_j delayed by steps_j whole steps, through a delay line";
  let description = [{
    `buffer[k]` holds the input of `k + 1` steps ago; its first axis has
    `max(steps)` entries. `output_j` is `buffer[steps_j − 1]_j` (or `x_j`
    where `steps_j` is 0), and `next_buffer` is the buffer shifted by one with
    `x` in front.
  }];
  let arguments = (ins Sim_Tensor:$buffer, Sim_Tensor:$input,
                       I64ElementsAttr:$steps,
                       Sim_NodeName:$node);
  let results = (outs Sim_Tensor:$output, Sim_Tensor:$next_buffer);
  let assemblyFormat = [{
    $buffer `,` $input attr-dict `:` type($buffer) `,` type($input)
  }];
}

//===----------------------------------------------------------------------===//
// Neurons
//===----------------------------------------------------------------------===//

def LincombOp : Sim_ComputeOp<"lincomb", [SameOperandsAndResultType]> {
  let summary = "y = Σ_k c_k ⊙ x_k + offset, elementwise";
  let description = [{
    Every linear update of a step: Scale, forward-Euler neuron updates, and
    the exact propagators of the linear neurons (I, LI, CubaLI), whose
    coefficients `convert-nir-to-sim` computes from τ, R and dt.
  }];
  let arguments = (ins Variadic<Sim_FloatTensor>:$inputs,
                       TypedArrayAttrBase<Sim_CoeffAttr, "coefficient arrays">:$coefficients,
                       OptionalAttr<Sim_CoeffAttr>:$offset,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$output);
  let assemblyFormat = "$inputs attr-dict `:` type($output)";
}

def FireOp : Sim_ComputeOp<"fire", [
    AllTypesMatch<["membrane", "spikes", "membrane_after"]>]> {
  let summary = "spike where v > threshold, then reset, at the end of a step";
  let description = [{
    `spikes = (v > threshold)`; where a spike occurs `membrane_after` is
    `reset_value` (`reset = #sim.reset_mode<to_v_reset>`) or
    `v − threshold` (`reset = #sim.reset_mode<subtract>`), elsewhere `v`.
  }];
  let arguments = (ins Sim_FloatTensor:$membrane, Sim_CoeffAttr:$threshold,
                       Sim_CoeffAttr:$reset_value, Sim_ResetModeAttr:$reset,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$spikes, Sim_FloatTensor:$membrane_after);
  let assemblyFormat = "$membrane attr-dict `:` type($membrane)";
}

def HeavisideOp : Sim_ComputeOp<"heaviside", [AllTypesMatch<["input", "output"]>]> {
  let summary = "z = (x > threshold), 1 or 0 (NIR Threshold)";
  let arguments = (ins Sim_FloatTensor:$input, Sim_CoeffAttr:$threshold,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$output);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

def LeakyStepOp : Sim_ComputeOp<"leaky_step", [
    AllTypesMatch<["membrane", "input", "membrane_next", "spikes"]>]> {
  let summary = "advances I, IF, LI or LIF neurons over one step of the ODE";
  let description = [{
    `τ dv/dt = (v_leak − v) + R x` with `x` held over the step (`tau = inf`
    is the leak-free `dv/dt = R x` of I and IF). With `v_threshold`, every
    crossing inside the step is located, counted in `spikes`, and the
    membrane reset at that instant (`v_reset`, or by subtracting the
    threshold) before it evolves for the rest of the step. The `exact`
    solver uses the closed forms, `adaptive` a Dormand–Prince integrator
    with dense output and event location (the reference the others are
    checked against).
  }];
  let arguments = (ins Sim_FloatTensor:$membrane, Sim_FloatTensor:$input,
                       Sim_CoeffAttr:$tau, Sim_CoeffAttr:$r,
                       Sim_CoeffAttr:$v_leak,
                       OptionalAttr<Sim_CoeffAttr>:$v_threshold,
                       OptionalAttr<Sim_CoeffAttr>:$v_reset,
                       Sim_ResetModeAttr:$reset, Sim_SolverAttr:$solver,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$membrane_next, Sim_FloatTensor:$spikes);
  let assemblyFormat = [{
    $membrane `,` $input attr-dict `:` type($membrane)
  }];
}

def CubaStepOp : Sim_ComputeOp<"cuba_step", [AllTypesMatch<[
    "current", "membrane", "input", "current_next", "membrane_next", "spikes"]>]> {
  let summary = "advances CubaLI or CubaLIF neurons over one step of the ODE";
  let description = [{
    `τ_syn dI/dt = −I + w_in x`, `τ_mem dv/dt = (v_leak − v) + R I`, with `x`
    held over the step. Crossings of `v_threshold` are located as for
    `sim.leaky_step` (by root finding on the closed form, which covers
    `tau_syn == tau_mem`); the current is not reset.
  }];
  let arguments = (ins Sim_FloatTensor:$current, Sim_FloatTensor:$membrane,
                       Sim_FloatTensor:$input,
                       Sim_CoeffAttr:$tau_syn, Sim_CoeffAttr:$tau_mem,
                       Sim_CoeffAttr:$r, Sim_CoeffAttr:$v_leak,
                       Sim_CoeffAttr:$w_in,
                       OptionalAttr<Sim_CoeffAttr>:$v_threshold,
                       OptionalAttr<Sim_CoeffAttr>:$v_reset,
                       Sim_ResetModeAttr:$reset, Sim_SolverAttr:$solver,
                       Sim_NodeName:$node);
  let results = (outs Sim_FloatTensor:$current_next, Sim_FloatTensor:$membrane_next,
                      Sim_FloatTensor:$spikes);
  let assemblyFormat = [{
    $current `,` $membrane `,` $input attr-dict `:` type($membrane)
  }];
}

include "SimEmulationOps.td"

#endif // NIRC_DIALECT_SIM_SIMOPS_TD
