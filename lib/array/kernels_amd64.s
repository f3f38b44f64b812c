#include "textflag.h"

// Elementwise float64 kernels for the contiguous fast paths of Binary, eight
// elements per iteration with AVX2; n is a multiple of 8. Each element is one
// IEEE operation, so the results equal the scalar loops' bit for bit.

// dst[i] = x[i] op y[i]
#define VV(name, INSN) \
TEXT name(SB), NOSPLIT, $0-32; \
	MOVQ dst+0(FP), DI; \
	MOVQ x+8(FP), SI; \
	MOVQ y+16(FP), DX; \
	MOVQ n+24(FP), CX; \
	XORQ AX, AX; \
	CMPQ AX, CX; \
	JGE  done; \
loop: \
	VMOVUPD (SI)(AX*8), Y0; \
	VMOVUPD 32(SI)(AX*8), Y1; \
	INSN (DX)(AX*8), Y0, Y0; \
	INSN 32(DX)(AX*8), Y1, Y1; \
	VMOVUPD Y0, (DI)(AX*8); \
	VMOVUPD Y1, 32(DI)(AX*8); \
	ADDQ $8, AX; \
	CMPQ AX, CX; \
	JLT  loop; \
done: \
	VZEROUPPER; \
	RET

// dst[i] = x[i] op s
#define VS(name, INSN) \
TEXT name(SB), NOSPLIT, $0-32; \
	MOVQ dst+0(FP), DI; \
	MOVQ x+8(FP), SI; \
	VBROADCASTSD s+16(FP), Y2; \
	MOVQ n+24(FP), CX; \
	XORQ AX, AX; \
	CMPQ AX, CX; \
	JGE  done; \
loop: \
	VMOVUPD (SI)(AX*8), Y0; \
	VMOVUPD 32(SI)(AX*8), Y1; \
	INSN Y2, Y0, Y0; \
	INSN Y2, Y1, Y1; \
	VMOVUPD Y0, (DI)(AX*8); \
	VMOVUPD Y1, 32(DI)(AX*8); \
	ADDQ $8, AX; \
	CMPQ AX, CX; \
	JLT  loop; \
done: \
	VZEROUPPER; \
	RET

// dst[i] = s op x[i]
#define SV(name, INSN) \
TEXT name(SB), NOSPLIT, $0-32; \
	MOVQ dst+0(FP), DI; \
	MOVQ x+8(FP), SI; \
	VBROADCASTSD s+16(FP), Y2; \
	MOVQ n+24(FP), CX; \
	XORQ AX, AX; \
	CMPQ AX, CX; \
	JGE  done; \
loop: \
	INSN (SI)(AX*8), Y2, Y0; \
	INSN 32(SI)(AX*8), Y2, Y1; \
	VMOVUPD Y0, (DI)(AX*8); \
	VMOVUPD Y1, 32(DI)(AX*8); \
	ADDQ $8, AX; \
	CMPQ AX, CX; \
	JLT  loop; \
done: \
	VZEROUPPER; \
	RET

// func addVV(dst, x, y *float64, n int)
VV(·addVV, VADDPD)
// func subVV(dst, x, y *float64, n int)
VV(·subVV, VSUBPD)
// func mulVV(dst, x, y *float64, n int)
VV(·mulVV, VMULPD)
// func divVV(dst, x, y *float64, n int)
VV(·divVV, VDIVPD)
// func addVS(dst, x *float64, s float64, n int)
VS(·addVS, VADDPD)
// func subVS(dst, x *float64, s float64, n int)
VS(·subVS, VSUBPD)
// func mulVS(dst, x *float64, s float64, n int)
VS(·mulVS, VMULPD)
// func divVS(dst, x *float64, s float64, n int)
VS(·divVS, VDIVPD)
// func subSV(dst, x *float64, s float64, n int)
SV(·subSV, VSUBPD)
// func divSV(dst, x *float64, s float64, n int)
SV(·divSV, VDIVPD)

// func addRows4(acc, r0, r1, r2, r3 *float64, n int)
// acc[i] = (((acc[i] + r0[i]) + r1[i]) + r2[i]) + r3[i] for i < n, n a
// multiple of 8: the row-order sum of sumRowsInto, eight columns at a time.
TEXT ·addRows4(SB), NOSPLIT, $0-48
	MOVQ acc+0(FP), DI
	MOVQ r0+8(FP), SI
	MOVQ r1+16(FP), R8
	MOVQ r2+24(FP), R9
	MOVQ r3+32(FP), R10
	MOVQ n+40(FP), CX
	XORQ AX, AX
	CMPQ AX, CX
	JGE  done
loop:
	VMOVUPD (DI)(AX*8), Y0
	VMOVUPD 32(DI)(AX*8), Y1
	VADDPD  (SI)(AX*8), Y0, Y0
	VADDPD  32(SI)(AX*8), Y1, Y1
	VADDPD  (R8)(AX*8), Y0, Y0
	VADDPD  32(R8)(AX*8), Y1, Y1
	VADDPD  (R9)(AX*8), Y0, Y0
	VADDPD  32(R9)(AX*8), Y1, Y1
	VADDPD  (R10)(AX*8), Y0, Y0
	VADDPD  32(R10)(AX*8), Y1, Y1
	VMOVUPD Y0, (DI)(AX*8)
	VMOVUPD Y1, 32(DI)(AX*8)
	ADDQ    $8, AX
	CMPQ    AX, CX
	JLT     loop
done:
	VZEROUPPER
	RET
