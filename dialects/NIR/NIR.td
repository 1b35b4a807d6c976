//===- NIR.td - NIR dialect umbrella -----------------------*- tablegen -*-===//
//
// The `nir` dialect holds a Neuromorphic Intermediate Representation graph
// one to one: one op per NIR primitive, a graph region per NIRGraph.
//
//===----------------------------------------------------------------------===//

#ifndef NIRC_DIALECT_NIR_NIR_TD
#define NIRC_DIALECT_NIR_NIR_TD

include "NIRDialect.td"
include "NIRTypes.td"
include "NIRInterfaces.td"
include "NIROps.td"

#endif // NIRC_DIALECT_NIR_NIR_TD
