#include "textflag.h"

// func expAVX2(dst, src *float64, n int, tab *uint64) int
//
// The table path of expSlice (exp.go), four lanes at a time with AVX2. Every
// multiply and add is a separate, rounded instruction in the same order as
// the Go code, so the results are bit-identical to expTable. It stops at the
// first block of four that holds an input outside [expFastLo, expFastHi] (or
// a NaN) and returns how many elements it wrote; n is a multiple of 4.
TEXT ·expAVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ tab+24(FP), R8
	LEAQ 8(R8), R9
	XORQ AX, AX

	VBROADCASTSD ·expConsts+0(SB), Y15  // 128/ln2
	VBROADCASTSD ·expConsts+8(SB), Y14  // shifter
	VBROADCASTSD ·expConsts+16(SB), Y13 // -ln2hi/128
	VBROADCASTSD ·expConsts+24(SB), Y12 // -ln2lo/128
	VBROADCASTSD ·expConsts+32(SB), Y11 // C2
	VBROADCASTSD ·expConsts+40(SB), Y10 // C3
	VBROADCASTSD ·expConsts+48(SB), Y9  // C4
	VBROADCASTSD ·expConsts+56(SB), Y8  // C5
	VBROADCASTSD ·expConsts+64(SB), Y7  // lo
	VBROADCASTSD ·expConsts+72(SB), Y6  // hi (Y6 is also scratch below)
	VPBROADCASTQ ·expConsts+80(SB), Y5  // 127

loop:
	CMPQ AX, CX
	JGE  done
	VMOVUPD (SI)(AX*8), Y0           // x
	VCMPPD  $0x1d, Y7, Y0, Y1        // x >= lo (ordered)
	VCMPPD  $0x12, Y6, Y0, Y2        // x <= hi (ordered)
	VANDPD  Y1, Y2, Y1
	VMOVMSKPD Y1, DX
	CMPQ    DX, $15
	JNE     done

	VMULPD  Y15, Y0, Y1              // x*InvLn2N
	VADDPD  Y14, Y1, Y1              // kd = ... + shifter; Y1 bits = ki
	VSUBPD  Y14, Y1, Y2              // kd -= shifter
	VMULPD  Y13, Y2, Y3
	VADDPD  Y3, Y0, Y3               // x + kd*NegLn2HiN
	VMULPD  Y12, Y2, Y4
	VADDPD  Y4, Y3, Y3               // r

	VPAND   Y5, Y1, Y2               // ki % 128
	VPSLLQ  $1, Y2, Y2               // idx = 2*(ki%128)
	VPCMPEQQ Y4, Y4, Y4
	VPGATHERQQ Y4, (R8)(Y2*8), Y0    // tail bits (x no longer needed)
	VPCMPEQQ Y4, Y4, Y4
	VPGATHERQQ Y4, (R9)(Y2*8), Y6    // scale bits - j<<45
	VPSLLQ  $45, Y1, Y1
	VPADDQ  Y1, Y6, Y2               // scale
	VBROADCASTSD ·expConsts+72(SB), Y6

	VMULPD  Y3, Y3, Y1               // r2
	VMULPD  Y10, Y3, Y4              // r*C3
	VADDPD  Y11, Y4, Y4              // C2 + r*C3
	VADDPD  Y3, Y0, Y0               // tail + r
	VMULPD  Y4, Y1, Y4               // r2*(C2 + r*C3)
	VADDPD  Y4, Y0, Y0
	VMULPD  Y8, Y3, Y4               // r*C5
	VADDPD  Y9, Y4, Y4               // C4 + r*C5
	VMULPD  Y1, Y1, Y1               // r2*r2
	VMULPD  Y4, Y1, Y1
	VADDPD  Y1, Y0, Y0               // tmp
	VMULPD  Y0, Y2, Y0               // scale*tmp
	VADDPD  Y0, Y2, Y0               // scale + scale*tmp
	VMOVUPD Y0, (DI)(AX*8)
	ADDQ    $4, AX
	JMP     loop

done:
	VZEROUPPER
	MOVQ AX, ret+32(FP)
	RET
